package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;

/** Technology strategy: principles, stack philosophy and technical debt. */
final class TechnologyEditor extends SectionEditor {
    TechnologyEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.TECHNOLOGY, doc, history);
    }

    @Override
    protected void build() {
        var t = doc.getTechnology();
        form.named("Technical Principles", "principles", t.getPrinciples(), "Principle", "What it means");
        form.heading("Technology Stack Philosophy");
        form.text("Approach", "approach", t.approachProperty(), prompt("approach"));
        form.named("Core Technologies", "coreTechnologies", t.getCoreTechnologies(), "Category", "Choice and why");
        form.heading("Technical Debt Management");
        form.area("Philosophy", "debtPhilosophy", t.debtPhilosophyProperty(), prompt("debtPhilosophy"));
        form.text("Allocation", "debtAllocation", t.debtAllocationProperty(), prompt("debtAllocation"));
        form.kept(t);
    }
}
