package app.strategyworkbook.check;

import app.strategyworkbook.model.StrategyDate;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.time.LocalDate;
import java.util.Optional;

/** The document's dates can be read, and the next strategy review has not already passed. */
final class ReviewDateCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        readable(findings, Sections.place(Sections.DOCUMENT, "Last Major Update", "footer.lastMajorUpdate"),
                doc.getFooter().getLastMajorUpdate(), doc.getFooter().lastMajorUpdateDate());
        var success = doc.getSuccess();
        readable(findings, Sections.place(TemplateSection.SUCCESS, "1-Year Success > Date", "oneYear.date"),
                success.getOneYear().getDate(), success.getOneYear().dateValue());
        readable(findings, Sections.place(TemplateSection.SUCCESS, "3-Year Success > Date", "threeYear.date"),
                success.getThreeYear().getDate(), success.getThreeYear().dateValue());
        String text = doc.getFooter().getNextReview();
        if (text.isEmpty()) {
            return;
        }
        var place = Sections.place(Sections.DOCUMENT, "Next Strategy Review", "footer.nextReview");
        Optional<StrategyDate> date = doc.getFooter().nextReviewDate();
        if (date.isEmpty()) {
            findings.warning(place, "\"" + text + "\" is not a date the app can read, such as 2026-03-31 or Q1 2026");
        } else if (date.get().last().isBefore(today)) {
            findings.warning(place, "the next review (" + text + ") is in the past; set the next date");
        }
    }

    private static void readable(Findings findings, Findings.Place place, String text, Optional<StrategyDate> date) {
        if (!text.isEmpty() && date.isEmpty()) {
            findings.warning(place, "\"" + text + "\" is not a date the app can read, such as 2026-03-31 or Q1 2026");
        }
    }
}
