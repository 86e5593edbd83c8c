package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.template.TemplateField;
import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.TextField;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "## Strategic Pillars": any number of "### Pillar N: name" blocks. Every "###" here starts a pillar. */
final class PillarsFormat extends SectionFormat {
    /** Spaces and tabs only around the number: "Pillar\f2" is not pillar 2, whose number the save would renumber. */
    private static final Pattern PILLAR = Pattern.compile("^(pillar)[ \t]*\\d*[ \t]*(?:[:.\\-\u2013\u2014][ \t]*|$)(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final String WORD = "Pillar";
    static final Placeholder NAME = Template.PILLAR_NAME.placeholder();

    private static Pillar pillar(Object o) {
        return (Pillar) o;
    }

    private final TextField description = text(Template.PILLAR_DESCRIPTION);
    private final TextField why = text(Template.PILLAR_WHY);
    private final ListField<String> initiatives = Fields.strings(Template.PILLAR_INITIATIVES);
    private final ListField<PillarMetric> metrics = Fields.metrics(Template.PILLAR_METRICS);

    PillarsFormat() {
        super(TemplateSection.PILLARS);
        fields(description, why, initiatives, metrics);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getPillars();
    }

    @Override
    Object target(ReadContext ctx) {
        return ctx.current instanceof Pillar p ? p : null;
    }

    @Override
    boolean recognizes(String headingText) {
        return true;
    }

    @Override
    void enter(String headingText, ReadContext ctx) {
        Pillar pillar = new Pillar();
        Matcher m = PILLAR.matcher(headingText.strip());
        pillar.setName(NAME.read(m.matches() ? m.group(2).strip() : headingText.strip(), 0));
        if (m.matches()) {
            // "PILLAR 2: …" keeps its word as written; the number is the pillar's place, written anew.
            pillar.spell("#word", m.group(1), WORD);
        }
        ctx.doc.getPillars().getPillars().add(pillar);
        ctx.inHeading(pillar.nameProperty(), m.matches() ? m.group(2).strip() : headingText.strip(), false);
        ctx.itemStarts(ctx.doc.getPillars().getPillars(), pillar, pillar.nameProperty(), this);
        ctx.current = pillar;
        ctx.at(pillar, "#");
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        Part section = part(doc);
        writeHeading(out, part(doc));
        out.kept(section, "#");
        var pillars = doc.getPillars().getPillars();
        for (int i = 0; i < pillars.size(); i++) {
            writeItem(out, pillars.get(i), i);
        }
        out.keptRest(section);
    }

    @Override
    void writeItem(MarkdownOut out, Object item, int i) {
        Pillar p = (Pillar) item;
        out.block("### " + p.spelling("#word", WORD) + " " + (i + 1) + ": "
                + Escapes.heading(NAME.write(p.getName(), 0)));
        notes(out, p.getNotes());
        out.kept(p, "#");
        writeText(out, description, p, false, p);
        writeText(out, why, p, false, p);
        writeList(out, initiatives, p, false, p);
        writeList(out, metrics, p, false, p);
        out.keptRest(p);
    }
}
