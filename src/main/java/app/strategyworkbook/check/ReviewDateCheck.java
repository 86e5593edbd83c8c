package app.strategyworkbook.check;

import app.strategyworkbook.template.Template;
import app.strategyworkbook.model.StrategyDate;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.time.LocalDate;
import java.util.Optional;

/** The document's dates can be read, and the next strategy review has not already passed. */
final class ReviewDateCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        readable(findings, Template.LAST_MAJOR_UPDATE.at(), "Last Major Update",
                doc.getFooter().getLastMajorUpdate(), doc.getFooter().lastMajorUpdateDate());
        var success = doc.getSuccess();
        readable(findings, Template.ONE_YEAR_DATE.at(), "1-Year Success > Date",
                success.getOneYear().getDate(), success.getOneYear().dateValue());
        readable(findings, Template.THREE_YEAR_DATE.at(), "3-Year Success > Date",
                success.getThreeYear().getDate(), success.getThreeYear().dateValue());
        String text = doc.getFooter().getNextReview();
        if (text.isEmpty()) {
            return;
        }
        var where = Template.NEXT_REVIEW.at();
        String field = "Next Strategy Review";
        Optional<StrategyDate> date = doc.getFooter().nextReviewDate();
        if (date.isEmpty()) {
            findings.warning(where, field, "\"" + text + "\" is not a date the app can read, such as 2026-03-31 or Q1 2026");
        } else if (date.get().last().isBefore(today)) {
            findings.warning(where, field, "the next review (" + text + ") is in the past; set the next date");
        }
    }

    private static void readable(Findings findings, app.strategyworkbook.template.FieldRef where, String field,
                                 String text, Optional<StrategyDate> date) {
        if (!text.isEmpty() && date.isEmpty()) {
            findings.warning(where, field, "\"" + text + "\" is not a date the app can read, such as 2026-03-31 or Q1 2026");
        }
    }
}
