package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.TextField;
import app.strategyworkbook.format.markdown.TableField.Column;
import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.PriorityHire;
import app.strategyworkbook.model.ResourceAllocation;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;

/** "## Resource Allocation": the investment-priorities table and the hiring plan. */
final class ResourcesFormat extends SectionFormat {
    private static ResourceAllocation res(Object o) {
        return (ResourceAllocation) o;
    }

    private final TableField<Allocation> allocations = new TableField<>("allocations", List.of(
            new Column<Allocation>("Area", List.of("investment area", "function"), Allocation::areaProperty,
                    Placeholder.numbered("[Area %d]")),
            new Column<Allocation>("Investment %", List.of("investment", "%", "allocation", "share", "percent"),
                    Allocation::investmentProperty, Placeholder.of("[X%]")),
            new Column<Allocation>("Rationale", List.of("why", "reason"), Allocation::rationaleProperty,
                    Placeholder.of("[Why]"))),
            "|------|-------------|-----------|",
            o -> res(o).getAllocationTable(), o -> res(o).getAllocations(), Allocation::new);
    private final TextField current = text("Current Team Size", "currentTeamSize",
            o -> res(o).currentTeamSizeProperty(), "[N people]", "Current Team", "Team Size");
    private final TextField target = text("Target Team Size (12 months)", "targetTeamSize",
            o -> res(o).targetTeamSizeProperty(), "[M people]", "Target Team");
    private final ListField<PriorityHire> hires = Fields.hires("Priority Hiring", "priorityHires",
            o -> res(o).getPriorityHires(), "Priority Hires", "Key Hires");

    ResourcesFormat() {
        super(TemplateSection.RESOURCES, "Resources", "Investment Allocation", "Budget");
        subheading("investment", "Investment Priorities (Next 12 Months)", "Investment Priorities", "Investments");
        subheading("hiring", "Hiring Plan", "Hiring", "Headcount Plan");
        fields(current, target, hires);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getResources();
    }

    @Override
    TableField<?> table() {
        return allocations;
    }

    @Override
    boolean placeTable(TableBlock table, ReadContext ctx) {
        return placeTableOnce(allocations, table, ctx);
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        ResourceAllocation r = doc.getResources();
        writeHeading(out, part(doc));
        out.kept(r, "#");
        subheading(out, "Investment Priorities (Next 12 Months)", "investment", r);
        out.block(allocations.write(r));
        out.kept(r, allocations.anchor());
        subheading(out, "Hiring Plan", "hiring", r);
        writeText(out, current, r, false, r);
        writeText(out, target, r, true, r);
        writeList(out, hires, r, false, r);
        out.keptRest(r);
    }
}
