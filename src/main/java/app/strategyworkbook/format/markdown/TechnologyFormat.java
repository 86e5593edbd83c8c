package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

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
    static final Placeholder PRINCIPLES = Placeholder.of("[3-5 guiding principles for technical decisions]");

    private static TechnologyStrategy tech(Object o) {
        return (TechnologyStrategy) o;
    }

    private final ListField<NamedItem> principles = Fields.namedItems("Technical Principles", "principles",
            o -> tech(o).getPrinciples(), true, NameStyle.BOLD, Placeholder.numbered("[Principle %d]"),
            Placeholder.of("[What it means in practice]"), "Principles");
    private final TextField approach = text("Approach", "approach", o -> tech(o).approachProperty(),
            "[e.g., Best-of-breed, Standardized, etc.]");
    private final ListField<NamedItem> core = Fields.namedItems("Core Technologies", "coreTechnologies",
            o -> tech(o).getCoreTechnologies(), false, NameStyle.BOLD,
            Placeholder.numbered("[Technology category %d]"), Placeholder.of("[Choice and why]"), "Technologies",
            "Stack");
    private final TextField philosophy = text("Philosophy", "debtPhilosophy", o -> tech(o).debtPhilosophyProperty(),
            "[Approach to technical debt]", "Debt Philosophy");
    private final TextField allocation = text("Allocation", "debtAllocation", o -> tech(o).debtAllocationProperty(),
            "[% of engineering time on debt reduction]", "Debt Allocation");

    TechnologyFormat() {
        super(TemplateSection.TECHNOLOGY, "Technology", "Tech Strategy", "Engineering Strategy");
        prompt("principles", PRINCIPLES);
        subheading("principles", "Technical Principles", "Principles", "Engineering Principles");
        subheading("stack", "Technology Stack Philosophy", "Technology Stack", "Stack", "Tech Stack");
        subheading("debt", "Technical Debt Management", "Technical Debt", "Tech Debt");
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
        subheading(out, "Technical Principles", "principles", t);
        String list = principles.write(t);
        out.tight(list == null ? PRINCIPLES.at(0) : list);
        out.kept(t, "principles");
        subheading(out, "Technology Stack Philosophy", "stack", t);
        writeText(out, approach, t, true, t);
        writeList(out, core, t, false, t);
        subheading(out, "Technical Debt Management", "debt", t);
        writeText(out, philosophy, t, true, t);
        writeText(out, allocation, t, false, t);
        out.keptRest(t);
    }
}
