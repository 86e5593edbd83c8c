package app.strategyworkbook.check;

import app.strategyworkbook.model.StrategyDocument;
import java.time.LocalDate;

/** One rule a good strategy keeps. */
interface Check {
    void check(StrategyDocument doc, LocalDate today, Findings findings);
}
