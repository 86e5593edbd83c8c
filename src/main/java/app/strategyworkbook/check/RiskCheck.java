package app.strategyworkbook.check;

import app.strategyworkbook.model.KeyRisks;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.RiskScale;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.FieldRef;
import app.strategyworkbook.template.Template;
import java.time.LocalDate;
import java.util.List;

/**
 * Every risk has a likelihood and an impact the app can read on the strategy's scales (the template's, or those the
 * file gives its levels on), and a mitigation.
 */
final class RiskCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        KeyRisks k = doc.getRisks();
        List<Risk> risks = k.getRisks();
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = risks.get(i);
            if (risk.getRisk().isEmpty()) {
                continue;
            }
            String name = "Risk " + (i + 1) + " (" + risk.getRisk() + ")";
            level(findings, name, Template.RISK_LIKELIHOOD.at(i), risk.getLikelihood(), k.likelihoodScale());
            level(findings, name, Template.RISK_IMPACT.at(i), risk.getImpact(), k.impactScale());
            if (risk.getMitigation().isEmpty()) {
                findings.warning(Template.RISK_MITIGATION.at(i), name + " > Mitigation", "this risk has no mitigation");
            }
        }
    }

    /** A level of the risk: given, and on its scale, else said in the scale's own words. */
    private static void level(Findings findings, String risk, FieldRef where, String text, RiskScale scale) {
        String what = where.field().label();
        String field = risk + " > " + what;
        String words = String.join(", ", scale.levels());
        if (text.isEmpty()) {
            findings.warning(where, field, "no " + what.toLowerCase(java.util.Locale.ROOT) + " given; use one of "
                    + words);
        } else if (!scale.reads(text)) {
            findings.error(where, field, "\"" + text + "\" is not a " + what.toLowerCase(java.util.Locale.ROOT)
                    + "; use one of " + words);
        }
    }
}
