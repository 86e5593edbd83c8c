package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.check.AllocationTotal;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.ui.chart.AllocationChart;
import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.PriorityHire;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;

/** Resource allocation: investment priorities and the hiring plan. */
final class ResourcesEditor extends SectionEditor {
    ResourcesEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.RESOURCES, doc, history);
    }

    @Override
    protected void build() {
        var r = doc.getResources();
        form.table("Investment Priorities (Next 12 Months)", "allocations", r.getAllocations(), Allocation::new)
                .column("Area", Allocation::areaProperty, 0.3)
                .column("Investment %", Allocation::investmentProperty, 0.15,
                        text -> AllocationTotal.usable(text).isPresent())
                .column("Rationale", Allocation::rationaleProperty, 0.55)
                .extraColumns(MarkdownStrategyFormat.unknownColumns(TemplateSection.RESOURCES, r.getAllocationTable()),
                        Allocation::getExtraCells);
        form.add(new AllocationChart(r).view());
        form.heading("Hiring Plan");
        form.text("Current Team Size", "currentTeamSize", r.currentTeamSizeProperty(), prompt("currentTeamSize"));
        form.text("Target Team Size (12 months)", "targetTeamSize", r.targetTeamSizeProperty(),
                prompt("targetTeamSize"));
        form.table("Priority Hiring", "priorityHires", r.getPriorityHires(), PriorityHire::new)
                .column("Role or team", PriorityHire::roleProperty, 0.3)
                .column("Headcount", PriorityHire::headcountProperty, 0.15)
                .column("Why critical", PriorityHire::reasonProperty, 0.55);
        form.kept(r);
    }
}
