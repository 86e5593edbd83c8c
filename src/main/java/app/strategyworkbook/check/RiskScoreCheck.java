package app.strategyworkbook.check;

import app.strategyworkbook.model.KeyRisks;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.Template;
import java.time.LocalDate;
import java.util.List;

/**
 * A risk's score, where the file gives one as a number and both its levels are numbers (a 1–5 register), is their
 * product: a score that is not is reported, naming what it should be. A score in words ("High", "🔴 Red") is the
 * file's own judgement and is left alone.
 */
final class RiskScoreCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        KeyRisks k = doc.getRisks();
        List<Risk> risks = k.getRisks();
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = risks.get(i);
            String score = risk.getScore().strip();
            var product = k.product(risk);
            if (!score.matches("\\d{1,3}") || product.isEmpty()) {
                continue;
            }
            if (Integer.parseInt(score) != product.getAsInt()) {
                findings.error(Template.RISK_SCORE.at(i), "Risk " + (i + 1) + " (" + risk.getRisk() + ") > Score",
                        "the score is " + score + ", but likelihood " + (k.likelihood(risk).getAsInt() + 1)
                                + " x impact " + (k.impact(risk).getAsInt() + 1) + " is " + product.getAsInt());
            }
        }
    }
}
