package app.strategyworkbook.check;

import app.strategyworkbook.model.StrategyDate;
import app.strategyworkbook.model.StrategyDocument;
import java.time.LocalDate;
import java.util.Optional;

/** The next strategy review is a date, and not one that has already passed. */
final class ReviewDateCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
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
}
