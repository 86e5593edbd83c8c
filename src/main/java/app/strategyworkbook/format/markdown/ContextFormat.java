package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.template.TemplateField;
import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.TextField;
import app.strategyworkbook.model.Competitor;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategicContext;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** "## Strategic Context": market opportunity (target market, TAM / SAM / SOM, trends) and competitive landscape. */
final class ContextFormat extends SectionFormat {
    private static StrategicContext ctx(Object o) {
        return (StrategicContext) o;
    }

    private static final Placeholder MONEY = Template.TAM.placeholder();

    private final TextField targetMarket = text(Template.TARGET_MARKET);
    private final ListField<String> marketSize = new MarketSize();
    private final ListField<String> trends = Fields.strings(Template.TRENDS);
    private final ListField<String> indirect = Fields.strings(Template.INDIRECT_COMPETITORS);
    private final TableField<Competitor> competitors = new TableField<>(Template.COMPETITORS,
            "|-----------|----------|----------|---------------------|");
    /** "**Direct Competitors:**" announces the table; it has no value of its own. */
    private final Fields.MarkerField direct = new Fields.MarkerField(Template.COMPETITORS.label(),
            Template.COMPETITORS.aliases(), "directCompetitors");

    ContextFormat() {
        super(TemplateSection.CONTEXT);
        subheadings();
        fields(targetMarket, marketSize, trends, direct, indirect);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getContext();
    }

    /** TAM, SAM and SOM are lines of the one "Market Size" list: any of them is written as that list. */
    @Override
    String writeField(TemplateField field, Object owner, Part spelledIn) {
        if (MarketSize.SIZES.contains(field)) {
            MarkdownOut out = new MarkdownOut();
            writeList(out, marketSize, owner, false, spelledIn);
            return out.result(false);
        }
        return super.writeField(field, owner, spelledIn);
    }

    /**
     * Under the competition's heading, a list of named items is the competitors ("**Dunelm** — scale and price",
     * "Universal Robots (Teradyne) - market leader"): each name, and what the file says of it as its strength. One
     * field per list read, as each list keeps its own way of writing a name.
     */
    @Override
    ListField<?> unlabelledList(ReadContext ctx) {
        // Under the template's "**Direct Competitors:**" only its table is read: a list there is kept as written, as
        // the app writes it back, above the table.
        if (!"competition".equals(ctx.sub) || !ctx.doc.getContext().getCompetitors().isEmpty()
                || ctx.placesMet.contains("marker:" + key + "#" + direct.anchor())) {
            return null;
        }
        return new NamedBullets.Field<Competitor>(Template.COMPETITORS, Template.COMPETITOR_NAME,
                Template.COMPETITOR_STRENGTH, o -> ctx(o).getCompetitors());
    }

    /** Where the sentence that announced the trends ("Three trends shape our market:") is remembered, as written. */
    static final String TRENDS_LEAD = "lead:trends";

    private static final java.util.regex.Pattern LEAD_WORDS = java.util.regex.Pattern.compile(
            "(?iu)\\b(trends?|forces?|shifts?)\\b");

    /**
     * A single sentence of the market's that ends with ":" and speaks of trends, forces or shifts ("Three trends shape
     * our market:", "Key trends:"), right above a list: the list is the trends, and the sentence is written back as
     * it stood, in place of the template's "**Market Trends:**".
     */
    @Override
    boolean placeText(Paragraph paragraph, String text, ReadContext ctx) {
        StrategicContext c = ctx.doc.getContext();
        if (!"competition".equals(ctx.sub) && paragraph.getNext() instanceof TableBlock table
                && !sizesToCome(table, ctx).isEmpty()
                && MarkdownSource.firstLine(paragraph) == MarkdownSource.lastLine(paragraph)
                && isLeadShape(ctx.src.line(MarkdownSource.firstLine(paragraph)).stripTrailing())) {
            // "Market sizing (our estimate, Jan 2026):" right above the sizes' table is written back above it.
            ctx.at(home(ctx), marketSize.anchor());
            c.spell(MarketSizeTable.LEAD, ctx.src.line(MarkdownSource.firstLine(paragraph)).stripTrailing(), "");
            return true;
        }
        if ("competition".equals(ctx.sub) || !(paragraph.getNext() instanceof ListBlock)
                || !c.getTrends().isEmpty() || ctx.placesMet.contains("context:trends")) {
            return false;
        }
        int line = MarkdownSource.firstLine(paragraph);
        if (line != MarkdownSource.lastLine(paragraph)) {
            return false;
        }
        String written = ctx.src.line(line).stripTrailing();
        if (!isLead(written)) {
            return false;
        }
        ctx.placesMet.add("context:trends");
        ctx.at(home(ctx), trends.anchor());
        c.spell(TRENDS_LEAD, written, "");
        ctx.expect = trends;
        return true;
    }

    /** One plain sentence, not indented, ending with ":" and naming trends, forces or shifts. */
    static boolean isLead(String line) {
        return isLeadShape(line) && LEAD_WORDS.matcher(line).find();
    }

    /** One plain sentence, not indented, ending with ":" (spaces after it aside): no label, list, heading or markup. */
    private static boolean isLeadShape(String line) {
        String s = line.strip();
        if (!line.stripTrailing().equals(s) || s.length() < 2 || s.length() > 160 || !s.endsWith(":")) {
            return false;
        }
        String body = s.substring(0, s.length() - 1);
        if (body.contains(":") || body.matches("(?s).*[.!?](\\s|$).*") || body.startsWith("*")
                || body.startsWith("_") || body.startsWith("#") || body.startsWith(">") || body.startsWith("|")
                || body.contains("`") || body.contains("<") || body.contains("[")) {
            return false;
        }
        return true;
    }

    /** The TAM, SAM and SOM {@code table} gives by row, where the file has given none of them yet; else none. */
    private static List<MarketSizeTable.Cell> sizesToCome(TableBlock table, ReadContext ctx) {
        return MarketSize.KEYS.stream().anyMatch(k -> ctx.placesMet.contains("context:" + k)) ? List.of()
                : MarketSizeTable.sizes(tableLines(table, ctx));
    }

    private static List<String> tableLines(TableBlock table, ReadContext ctx) {
        List<String> lines = new java.util.ArrayList<>();
        for (int line = MarkdownSource.firstLine(table); line <= MarkdownSource.lastLine(table); line++) {
            lines.add(ctx.src.line(line));
        }
        return lines;
    }

    @Override
    boolean tableToCome(Fields.MarkerField marker, ReadContext ctx) {
        return ctx.doc.getContext().getCompetitors().isEmpty();
    }

    @Override
    TableField<?> table() {
        return competitors;
    }

    @Override
    boolean placeTable(TableBlock table, ReadContext ctx) {
        List<MarketSizeTable.Cell> sizes = "competition".equals(ctx.sub) ? List.of() : sizesToCome(table, ctx);
        if (!sizes.isEmpty()) {
            MarketSizeTable.read(table, sizes, ctx.doc.getContext(), ctx);
            ctx.at(home(ctx), marketSize.anchor());
            return true;
        }
        return placeTableOnce(competitors, table, ctx);
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        StrategicContext c = doc.getContext();
        writeHeading(out, part(doc));
        out.kept(c, "#");
        subheading(out, heading("market"), "market", c);
        writeText(out, targetMarket, c, true, c);
        writeMarketSize(out, c);
        String lead = c.getSpellings().get(TRENDS_LEAD);
        if (lead != null && isLead(lead)) {
            out.block(lead);
            String items = trends.write(c);
            if (items != null) {
                out.tight(items);
            }
            out.kept(c, trends.anchor());
        } else {
            writeList(out, trends, c, false, c);
        }
        subheading(out, heading("competition"), "competition", c);
        out.block("**" + c.spelling("**" + direct.label(), direct.label()) + ":**");
        out.kept(c, direct.anchor());
        out.tight(competitors.write(c));
        out.kept(c, competitors.anchor());
        writeList(out, indirect, c, false, c);
        out.keptRest(c);
    }

    /**
     * The sizes as the table the file gave them in, under the sentence that stood above it or else the template's
     * "**Market Size:**"; without a table, as the template's list.
     */
    private void writeMarketSize(MarkdownOut out, StrategicContext c) {
        String table = MarketSizeTable.write(c);
        if (table == null) {
            writeList(out, marketSize, c, false, c);
            return;
        }
        String lead = c.getSpellings().get(MarketSizeTable.LEAD);
        if (lead != null && isLeadShape(lead)) {
            out.block(lead);
            out.block(table);
        } else {
            // Right under the label, as the template puts the competitors' table under theirs.
            out.block("**" + c.spelling("**" + marketSize.label(), marketSize.label()) + ":**");
            out.tight(table);
        }
        out.kept(c, marketSize.anchor());
    }

    /**
     * Whether {@code name} names TAM, SAM or SOM ({@code which}) by the template's label or the bare abbreviation. A
     * label of the user's own ("SOM (5 years, EU only)") is theirs: the line is kept as written, not relabelled.
     */
    static boolean namesSize(String name, int which) {
        // Compared word for word: Fields.normalize would drop a parenthesis and the user's words in it.
        String words = plain(name);
        return words.equals(MarketSize.KEYS.get(which)) || words.equals(plain(MarketSize.LABELS.get(which)))
                || words.equals(plain(MarketSize.LABELS.get(which).replace(", 3 years", "")));
    }

    private static String plain(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The TAM, SAM and SOM lines; any other line in that list is kept where it stood. */
    private static final class MarketSize extends ListField<String> {
        private static final List<TemplateField> SIZES = MarketSizeTable.SIZES;
        private static final List<String> KEYS = SIZES.stream().map(TemplateField::key).toList();
        private static final List<String> LABELS = SIZES.stream().map(TemplateField::label).toList();

        MarketSize() {
            super("Market Size", "marketSize", o -> null, false, "Market Sizing", "TAM/SAM/SOM");
        }

        @Override
        boolean filled(Object target) {
            StrategicContext c = ctx(target);
            return !(c.getTam().isEmpty() && c.getSam().isEmpty() && c.getSom().isEmpty());
        }

        @Override
        boolean read(ListBlock block, Object target, ReadContext ctx, boolean continues) {
            StrategicContext c = ctx(target);
            for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
                ListItem item = (ListItem) n;
                String text = ListItems.text(item, ctx.src);
                ListItems.Split split = ListItems.split(item, text);
                String name = Fields.normalize(split.name());
                int which = name.length() >= 3 ? KEYS.indexOf(name.substring(0, 3)) : -1;
                // Each of TAM, SAM and SOM is taken from its first line, even an empty one; a later line is kept.
                if (which >= 0 && namesSize(split.name(), which) && ctx.placesMet.add("context:" + KEYS.get(which))) {
                    var size = SIZES.get(which).text(c);
                    size.set(MONEY.read(split.rest(), 0));
                    // The amount is the end of the item's line, as typed: an edit of it is written there.
                    int end = ctx.origin.lineEnd(MarkdownSource.firstLine(item));
                    ctx.origin.plain(size, end - split.rest().length(), end);
                    // "SAM:" or "sam (serviceable addressable market):" is written back as the file had it.
                    c.spell("**" + KEYS.get(which), split.name(), LABELS.get(which));
                } else {
                    ctx.keepLines(MarkdownSource.firstLine(item), MarkdownSource.lastLine(item));
                }
            }
            ctx.flush();
            return true;
        }

        @Override
        String write(Object target) {
            StrategicContext c = ctx(target);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < KEYS.size(); i++) {
                out.append(i == 0 ? "" : "\n")
                        .append(ListItems.item("- ", c.spelling("**" + KEYS.get(i), LABELS.get(i)) + ": "
                                + MONEY.write(SIZES.get(i).text(c).get(), 0)));
            }
            return out.toString();
        }

        @Override
        String read(ListItem item, String text, int index, MarkdownSource src) {
            throw new UnsupportedOperationException("read as a whole list");
        }

        @Override
        String write(String item, int index) {
            throw new UnsupportedOperationException("written as a whole list");
        }
    }
}
