package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.NameStyle;
import app.strategyworkbook.model.GuidanceGroup;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;

/** "## How to Use This Document": one "### For …" block of advice lines per audience. */
final class GuidanceFormat extends SectionFormat {
    private static final Placeholder AUDIENCE = Template.GROUP_AUDIENCE.placeholder();

    private final ListField<NamedItem> items = Fields.namedItems(Template.GROUP_ITEMS, false, NameStyle.BOLD);

    GuidanceFormat() {
        super(TemplateSection.GUIDANCE);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getGuidance();
    }

    @Override
    Object target(ReadContext ctx) {
        return ctx.current instanceof GuidanceGroup g ? g : null;
    }

    @Override
    boolean recognizes(String headingText) {
        return true;
    }

    @Override
    void enter(String headingText, ReadContext ctx) {
        GuidanceGroup group = new GuidanceGroup();
        group.setAudience(AUDIENCE.read(headingText.strip(), 0));
        ctx.doc.getGuidance().getGroups().add(group);
        ctx.inHeading(group.audienceProperty(), headingText.strip(), false);
        ctx.itemStarts(ctx.doc.getGuidance().getGroups(), group, group.audienceProperty(), this);
        ctx.current = group;
        ctx.at(group, "#");
    }

    @Override
    ListField<?> unlabelledList(ReadContext ctx) {
        return ctx.current instanceof GuidanceGroup ? items : null;
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        Part section = part(doc);
        writeHeading(out, part(doc));
        out.kept(section, "#");
        var groups = doc.getGuidance().getGroups();
        for (int i = 0; i < groups.size(); i++) {
            writeItem(out, groups.get(i), i);
        }
        out.keptRest(section);
    }

    @Override
    void writeItem(MarkdownOut out, Object item, int i) {
        GuidanceGroup g = (GuidanceGroup) item;
        out.block("### " + Escapes.heading(AUDIENCE.write(g.getAudience(), 0)));
        out.kept(g, "#");
        String list = items.write(g);
        if (list != null) {
            out.tight(list);
        }
        out.kept(g, items.anchor());
        out.keptRest(g);
    }
}
