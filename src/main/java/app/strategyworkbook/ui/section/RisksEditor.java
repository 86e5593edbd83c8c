package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.Level;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.ui.chart.RiskMatrix;

/** Key risks: likelihood and impact as levels (a value that is not one is marked), and the mitigation. */
final class RisksEditor extends SectionEditor {
    RisksEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.RISKS, doc, history);
    }

    @Override
    protected void build() {
        var k = doc.getRisks();
        var editor = form.table("Key Risks", "risks", k.getRisks(), Risk::new)
                .column("Risk", Risk::riskProperty, 0.3)
                .levelColumn("Likelihood", Risk::likelihoodProperty, 0.12, labels(Level.LIKELIHOOD),
                        text -> Level.parse(text, Level.LIKELIHOOD).isPresent())
                .levelColumn("Impact", Risk::impactProperty, 0.12, labels(Level.IMPACT),
                        text -> Level.parse(text, Level.IMPACT).isPresent())
                .column("Mitigation Strategy", Risk::mitigationProperty, 0.36)
                .column("Owner", Risk::ownerProperty, 0.1)
                .extraColumns(MarkdownStrategyFormat.unknownColumns(TemplateSection.RISKS, k.getRiskTable()),
                        Risk::getExtraCells);
        form.heading("Risk Matrix");
        form.add(new RiskMatrix(k, form.history(), editor.table()).view());
        form.kept(k);
    }

    private static java.util.List<String> labels(java.util.List<Level> scale) {
        return scale.stream().map(Level::label).toList();
    }
}
