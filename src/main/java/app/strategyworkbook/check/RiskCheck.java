package app.strategyworkbook.check;

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
            level(findings, name, "Likelihood", risk.getLikelihood(), risk.likelihoodLevel().isPresent(), Level.LIKELIHOOD,
                    "risks[" + i + "].likelihood");
            level(findings, name, "Impact", risk.getImpact(), risk.impactLevel().isPresent(), Level.IMPACT,
                    "risks[" + i + "].impact");
            if (risk.getMitigation().isEmpty()) {
                findings.warning(Sections.place(TemplateSection.RISKS, name + " > Mitigation", "risks[" + i + "].mitigation"),
                        "this risk has no mitigation");
            }
        }
    }

    private static void level(Findings findings, String risk, String what, String text, boolean readable,
                              List<Level> scale, String path) {
        var place = Sections.place(TemplateSection.RISKS, risk + " > " + what, path);
        String words = scale.stream().map(Level::label).collect(Collectors.joining(", "));
        if (text.isEmpty()) {
            findings.warning(place, "no " + what.toLowerCase(java.util.Locale.ROOT) + " given; use one of " + words);
        } else if (!readable) {
            findings.error(place, "\"" + text + "\" is not a " + what.toLowerCase(java.util.Locale.ROOT)
                    + "; use one of " + words);
        }
    }
}
