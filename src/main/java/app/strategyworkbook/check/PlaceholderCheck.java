package app.strategyworkbook.check;

import app.strategyworkbook.model.StrategyDocument;
import java.time.LocalDate;

/**
 * Fields still showing the template's placeholder: a warning for each, so the command line lists it and the editor can
 * mark it. The fields are found by {@link Completion}, which walks the catalogue, so every field the template expects
 * filled in is asked, none is listed twice, and the window's completion meters count the same fields.
 */
final class PlaceholderCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        for (Completion.Open open : Completion.of(doc).open()) {
            findings.unfilled(open.where(), open.name(), open.message());
        }
    }
}
