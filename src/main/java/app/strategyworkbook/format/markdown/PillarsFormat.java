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
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import app.strategyworkbook.model.TemplateSection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "## Strategic Pillars": any number of pillar blocks, each under a "###" heading. A heading names its pillar after
 * the way the file numbers them ("Pillar 2: Trust", "### 1. Trust", "### Strategic Priority 1 — Trust", "### A.
 * Trust", "### Pillar: Trust"): the name is what follows, the heading is written back as the file wrote it. Where the
 * file's pillars are numbered so, a heading that is not ("### Notes from the offsite") is no pillar, but text kept in
 * the one above it.
 */
final class PillarsFormat extends SectionFormat {
    /** Spaces and tabs only around the number: "Pillar\f2" is not pillar 2, whose number the save would renumber. */
    private static final Pattern PILLAR = Pattern.compile("^(pillar)[ \t]*\\d*[ \t]*(?:[:.\\-\u2013\u2014][ \t]*|$)(.*)$",
            Pattern.CASE_INSENSITIVE);
    /** A heading's own numbering: a symbol or two, one of the pillar words, a number or letter, a separator. */
    private static final Pattern NUMBERED = Pattern.compile("^(?<lead>[^\\p{L}\\p{N}#\\\\*_`\\[<]{0,8}?)"
            + "(?<word>(?:" + String.join("|", Template.PILLAR_WORDS.stream()
                    .sorted(java.util.Comparator.comparing(String::length).reversed()).toList())
            + ")(?![\\p{L}\\p{N}]))?[ \t]*(?<number>#?\\d{1,2}(?![\\p{L}\\p{N}])|[A-Z](?=[.):]))?[ \t]*"
            + "(?<separator>[:.)\\-\u2013\u2014])?[ \t]*(?<name>\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String WORD = "Pillar";
    static final Placeholder NAME = Template.PILLAR_NAME.placeholder();

    /**
     * The numbering before a pillar's name, or null where the heading has none: a word with a number or separator
     * after it, or a number or letter with a separator.
     */
    static String numbering(String heading) {
        Matcher m = NUMBERED.matcher(heading);
        if (!m.matches()) {
            return null;
        }
        boolean word = m.group("word") != null;
        boolean number = m.group("number") != null;
        boolean separator = m.group("separator") != null;
        boolean letter = number && Character.isLetter(m.group("number").charAt(0));
        if (word && (number || separator) || number && separator && (!letter || m.group("number").equals(
                m.group("number").toUpperCase(java.util.Locale.ROOT)))) {
            return heading.substring(0, m.start("name"));
        }
        return null;
    }

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

    /** A bold line numbered as pillars are ("Priority 1 - Win the pub", "2. Trust") starts a pillar. */
    @Override
    boolean recognizesBoldLine(String text, ReadContext ctx) {
        return numbering(text.strip()) != null && recognizes(text, ctx);
    }

    /** Where the first pillar's heading was numbered, only a heading numbered so is a pillar. */
    @Override
    boolean recognizes(String headingText, ReadContext ctx) {
        return !ctx.placesMet.contains("pillars:numbered") || numbering(headingText.strip()) != null;
    }

    @Override
    void enter(String headingText, ReadContext ctx) {
        Pillar pillar = new Pillar();
        String text = headingText.strip();
        Matcher m = PILLAR.matcher(text);
        String numbering = numbering(text);
        String name;
        if (m.matches() && text.substring(0, text.length() - m.group(2).length()).matches("(?i)pillar[ \t]*\\d*: ")) {
            // "PILLAR 2: …" keeps its word as written; the number is the pillar's place, written anew.
            name = m.group(2).strip();
            pillar.spell("#word", m.group(1), WORD);
        } else if (numbering != null) {
            // "1. …", "Strategic Priority 1 — …": written back so, numbered by place.
            name = text.substring(numbering.length()).strip();
            pillar.spell("#prefix", numbering, "");
        } else {
            name = text;
            // A heading that is the pillar's name alone ("### 🛡️ Detection"): a pillar added beside it is headed so.
            pillar.spell(UNNUMBERED, UNNUMBERED, "");
        }
        if (ctx.doc.getPillars().getPillars().isEmpty() && numbering != null) {
            ctx.placesMet.add("pillars:numbered");
        }
        pillar.setName(NAME.read(name, 0));
        ctx.doc.getPillars().getPillars().add(pillar);
        ctx.inHeading(pillar.nameProperty(), name, false);
        ctx.itemStarts(ctx.doc.getPillars().getPillars(), pillar, pillar.nameProperty(), this);
        ctx.current = pillar;
        ctx.at(pillar, "#");
    }

    /**
     * A paragraph right under a pillar's heading, before anything else of it, is what the pillar means: its
     * description, where the template writes "**Description:**" ("Move from an interesting dashboard to the number
     * planners put in their berth plans."). An edit of it is written in its place, as a paragraph.
     */
    @Override
    boolean placeText(Paragraph paragraph, String text, ReadContext ctx) {
        if (!(ctx.current instanceof Pillar p) || !p.getDescription().isEmpty() || !"#".equals(ctx.anchor)
                || ctx.part != p) {
            return false;
        }
        p.setDescription(Template.PILLAR_DESCRIPTION.placeholder().read(text, 0));
        ctx.took(p.descriptionProperty());
        ctx.placed(description.anchor());
        return true;
    }

    /**
     * A list in a pillar that no label announces ("- Berth-plan export into Navis N4") is the pillar's initiatives,
     * where it has no initiatives or metrics yet and no "**Key Initiatives:**" of its own comes later: what such a
     * pillar's bullets most often are. Read as its items, an initiative added in the window joins that list as a line
     * like theirs, rather than starting a labelled list under it. Before the pillar's own labelled initiatives, a
     * list is text kept where it stands, as before.
     */
    @Override
    ListField<?> unlabelledList(ListBlock list, ReadContext ctx) {
        if (!(ctx.current instanceof Pillar p) || ctx.part != p || !p.getInitiatives().isEmpty()
                || !p.getMetrics().isEmpty()) {
            return null;
        }
        for (Node n = list.getNext(); n != null && !(n instanceof Heading); n = n.getNext()) {
            String label = n instanceof Paragraph later ? LabelParagraph.leadingLabel(later, ctx.src) : null;
            if (label != null && field(label) == initiatives) {
                return null;
            }
        }
        return initiatives;
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
        writeItemLike(out, item, i, item);
    }

    /** The spelling that says the file heads a pillar with its name alone, numbered nowhere. */
    private static final String UNNUMBERED = "#unnumbered";

    /**
     * A pillar the file did not have is headed as its neighbour is ("### 3. …" after "### 2. …"), and with its name
     * alone beside pillars headed so: numbered, it would be the first numbered heading, and the file's pillars after
     * it, numbered nowhere, would read as no pillars but text kept in it.
     */
    @Override
    void writeItemLike(MarkdownOut out, Object item, int i, Object like) {
        Pillar p = (Pillar) item;
        Pillar style = p.getSpellings().isEmpty() && like instanceof Pillar neighbour ? neighbour : p;
        String prefix = style.spelling("#prefix", "");
        boolean alone = style != p && !style.spelling(UNNUMBERED, "").isEmpty() && !p.getName().isEmpty()
                && numbering(Escapes.heading(p.getName())) == null;
        out.block("### " + (alone ? "" : prefix.isEmpty() ? style.spelling("#word", WORD) + " " + (i + 1) + ": "
                : prefix.replaceFirst("\\d{1,2}", String.valueOf(i + 1))) + Escapes.heading(NAME.write(p.getName(), 0)));
        notes(out, p.getNotes());
        out.kept(p, "#");
        writeText(out, description, p, false, p);
        writeText(out, why, p, false, p);
        writeList(out, initiatives, p, false, p);
        writeList(out, metrics, p, false, p);
        out.keptRest(p);
    }
}
