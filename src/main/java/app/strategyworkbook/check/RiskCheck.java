package app.strategyworkbook.check;

import app.strategyworkbook.template.FieldRef;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.model.Level;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Every risk has a likelihood and an impact the app can read, and a mitigation. */
final class RiskCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        List<Risk> risks = doc.getRisks().getRisks();
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = risks.get(i);
            if (risk.getRisk().isEmpty()) {
                continue;
            }
            String name = "Risk " + (i + 1) + " (" + risk.getRisk() + ")";
            level(findings, name, Template.RISK_LIKELIHOOD.at(i), risk.getLikelihood(),
                    risk.likelihoodLevel().isPresent());
            level(findings, name, Template.RISK_IMPACT.at(i), risk.getImpact(), risk.impactLevel().isPresent());
            if (risk.getMitigation().isEmpty()) {
                findings.warning(Template.RISK_MITIGATION.at(i), name + " > Mitigation", "this risk has no mitigation");
            }
        }
    }

    /** A level of the risk: given, and on its scale (the catalogue's), else said in the scale's own words. */
    private static void level(Findings findings, String risk, FieldRef where, String text, boolean readable) {
        String what = where.field().label();
        String field = risk + " > " + what;
        String words = where.field().scale().stream().map(Level::label).collect(Collectors.joining(", "));
        if (text.isEmpty()) {
            findings.warning(where, field, "no " + what.toLowerCase(java.util.Locale.ROOT) + " given; use one of "
                    + words);
        } else if (!readable) {
            findings.error(where, field, "\"" + text + "\" is not a " + what.toLowerCase(java.util.Locale.ROOT)
                    + "; use one of " + words);
        }
    }
}
