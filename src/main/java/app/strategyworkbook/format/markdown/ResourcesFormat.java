package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
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

    private final TableField<Allocation> allocations = new TableField<>(Template.ALLOCATIONS,
            "|------|-------------|-----------|");
    private final TextField current = text(Template.CURRENT_TEAM_SIZE);
    private final TextField target = text(Template.TARGET_TEAM_SIZE);
    private final ListField<PriorityHire> hires = Fields.hires(Template.PRIORITY_HIRES);

    ResourcesFormat() {
        super(TemplateSection.RESOURCES);
        subheadings();
        fields(current, target, hires);
        allocations.firstColumnNames = true;
        allocations.totalRows = true;
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
        // A table under the hiring plan is the team's (a headcount table), never the investment's.
        return !"hiring".equals(ctx.sub) && placeTableOnce(allocations, table, ctx);
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        ResourceAllocation r = doc.getResources();
        writeHeading(out, part(doc));
        out.kept(r, "#");
        subheading(out, heading("investment"), "investment", r);
        out.block(allocations.write(r));
        out.kept(r, allocations.anchor());
        subheading(out, heading("hiring"), "hiring", r);
        writeText(out, current, r, false, r);
        writeText(out, target, r, true, r);
        writeList(out, hires, r, false, r);
        out.keptRest(r);
    }
}
