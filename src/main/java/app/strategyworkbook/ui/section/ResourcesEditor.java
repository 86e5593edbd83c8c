package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.ALLOCATIONS;
import static app.strategyworkbook.template.Template.CURRENT_TEAM_SIZE;
import static app.strategyworkbook.template.Template.PRIORITY_HIRES;
import static app.strategyworkbook.template.Template.TARGET_TEAM_SIZE;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.ui.chart.AllocationChart;

/** Resource allocation: investment priorities with their pie chart, and the hiring plan. */
final class ResourcesEditor extends SectionEditor {
    ResourcesEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.RESOURCES, doc, history);
    }

    @Override
    protected void build() {
        form.field(ALLOCATIONS);
        form.add(new AllocationChart(doc.getResources()).view());
        form.fields(CURRENT_TEAM_SIZE, TARGET_TEAM_SIZE, PRIORITY_HIRES);
        form.kept(doc.getResources(), DocumentPart.RESOURCES);
    }
}
