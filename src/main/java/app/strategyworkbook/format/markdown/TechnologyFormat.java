package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.NameStyle;
import app.strategyworkbook.format.markdown.Fields.TextField;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.model.TechnologyStrategy;
import org.commonmark.node.Paragraph;

/** "## Technology Strategy": principles, stack philosophy and technical debt management. */
final class TechnologyFormat extends SectionFormat {
    static final Placeholder PRINCIPLES = Template.PRINCIPLES.placeholder();

    private static TechnologyStrategy tech(Object o) {
        return (TechnologyStrategy) o;
    }

    private final ListField<NamedItem> principles = Fields.namedItems(Template.PRINCIPLES, true, NameStyle.BOLD);
    private final TextField approach = text(Template.APPROACH);
    private final ListField<NamedItem> core = Fields.namedItems(Template.CORE_TECHNOLOGIES, false, NameStyle.BOLD);
    private final TextField philosophy = text(Template.DEBT_PHILOSOPHY);
    private final TextField allocation = text(Template.DEBT_ALLOCATION);

    TechnologyFormat() {
        super(TemplateSection.TECHNOLOGY);
        subheadings();
        unlabelled(principles);
        fields(approach, core, philosophy, allocation);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getTechnology();
    }

    @Override
    boolean placeText(Paragraph paragraph, String text, ReadContext ctx) {
        if ("principles".equals(ctx.sub) && tech(target(ctx)).getPrinciples().isEmpty()
                && text.equals(PRINCIPLES.at(0))) {
            // The template's "[3-5 guiding principles …]": principles the user adds take its place.
            ctx.origin.rows(tech(target(ctx)).getPrinciples(), MarkdownOrigin.Shape.LIST, ctx.textStart, ctx.textEnd)
                    .list = principles;
            ctx.placed("principles");
            return true;
        }
        return false;
    }

    @Override
    ListField<?> unlabelledList(ReadContext ctx) {
        return "principles".equals(ctx.sub) ? principles : null;
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        TechnologyStrategy t = doc.getTechnology();
        writeHeading(out, part(doc));
        out.kept(t, "#");
        subheading(out, heading("principles"), "principles", t);
        String list = principles.write(t);
        out.tight(list == null ? PRINCIPLES.at(0) : list);
        out.kept(t, "principles");
        subheading(out, heading("stack"), "stack", t);
        writeText(out, approach, t, true, t);
        writeList(out, core, t, false, t);
        subheading(out, heading("debt"), "debt", t);
        writeText(out, philosophy, t, true, t);
        writeText(out, allocation, t, false, t);
        out.keptRest(t);
    }
}
