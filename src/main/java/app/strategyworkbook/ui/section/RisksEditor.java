package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.RISKS;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.ui.chart.RiskMatrix;

/** Key risks: likelihood and impact as levels (a value that is not one is marked), and the mitigation. */
final class RisksEditor extends SectionEditor {
    RisksEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.RISKS, doc, history);
    }

    @Override
    protected void build() {
        var editor = form.<Risk>table(RISKS);
        form.heading("Risk Matrix");
        form.add(new RiskMatrix(doc.getRisks(), form.history(), editor.table()).view());
        form.kept(doc.getRisks(), DocumentPart.RISKS);
    }
}
