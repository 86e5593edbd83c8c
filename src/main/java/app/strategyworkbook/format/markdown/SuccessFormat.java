package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.NameStyle;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.model.SuccessCriteria;
import app.strategyworkbook.model.SuccessHorizon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Paragraph;

/** "## Success Criteria": "### 1-Year Success" and "### 3-Year Success", each "By [Date], …:" and metric lines. */
final class SuccessFormat extends SectionFormat {
    private static final Placeholder DATE = Template.ONE_YEAR_DATE.placeholder();
    private static final String BY = "By ";
    private static final String ACHIEVED = ", we will have achieved:";
    private static final Pattern BY_LINE = Pattern.compile("^By (.+), we will have achieved:$", Pattern.DOTALL);
    /** "(By Q4 2026)" in a horizon's heading: its date, moved to the "By …" line, which spells the word so. */
    private static final Pattern HEADING_DATE = Pattern.compile("\\(\\s*By\\s+([^)]+)\\)");
    private static final Pattern ONE = Pattern.compile("\\b(1|one)[ -]?year", Pattern.CASE_INSENSITIVE);
    private static final Pattern THREE = Pattern.compile("\\b(3|three)[ -]?year", Pattern.CASE_INSENSITIVE);

    private final ListField<NamedItem> oneYearMetrics = metrics(Template.ONE_YEAR_METRICS);
    private final ListField<NamedItem> threeYearMetrics = metrics(Template.THREE_YEAR_METRICS);

    /** A horizon's metric lines, read into the horizon whose heading the reader is under. */
    private static ListField<NamedItem> metrics(app.strategyworkbook.template.TemplateField field) {
        return Fields.namedItems(field, o -> ((SuccessHorizon) o).getMetrics(), false, NameStyle.BOLD);
    }

    SuccessFormat() {
        super(TemplateSection.SUCCESS);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getSuccess();
    }

    @Override
    Object target(ReadContext ctx) {
        return ctx.current instanceof SuccessHorizon h ? h : null;
    }

    @Override
    boolean recognizes(String headingText) {
        return ONE.matcher(headingText).find() || THREE.matcher(headingText).find();
    }

    @Override
    String subheadingKey(String headingText) {
        return ONE.matcher(headingText).find() ? "oneYear" : THREE.matcher(headingText).find() ? "threeYear" : null;
    }

    @Override
    void enter(String headingText, ReadContext ctx) {
        SuccessCriteria s = ctx.doc.getSuccess();
        boolean one = ONE.matcher(headingText).find();
        SuccessHorizon horizon = one ? s.getOneYear() : s.getThreeYear();
        ctx.at(s, one ? "#oneYear" : "#threeYear");
        ctx.sub = one ? "oneYear" : "threeYear";
        ctx.current = horizon;
        String asWritten = headingText;
        Matcher date = HEADING_DATE.matcher(headingText);
        if (date.find() && horizon.getDate().isEmpty()) {
            // The date is written on the "By …" line; the rest of the heading is the user's and stays, as long as
            // it still names this horizon (else the heading keeps its date, as written).
            String after = headingText.substring(date.end()).strip();
            String rest = headingText.substring(0, date.start()).strip() + (after.isEmpty() ? "" : " " + after);
            // A heading with a second "(By …)" keeps them all: taking one per save would shorten it on every save.
            if ((one ? ONE : THREE).matcher(rest).find() && !HEADING_DATE.matcher(rest).find()) {
                horizon.setDate(date.group(1).strip());
                ctx.inHeading(horizon.dateProperty());
                asWritten = rest;
            }
        }
        s.spell("#" + ctx.sub, asWritten, one ? ONE_YEAR : THREE_YEAR);
    }

    /**
     * A horizon the file lacks is written whole, heading and all, by whichever of its fields comes first; its metrics
     * alone go after the file's "By …" line. A date for metrics the file has under a heading of its own finds no
     * place (null: the save writes the file whole).
     */
    @Override
    String writeField(app.strategyworkbook.template.TemplateField field, Object owner, Part spelledIn,
                      java.util.function.Predicate<app.strategyworkbook.template.TemplateField> inFile) {
        boolean one = field == Template.ONE_YEAR_DATE || field == Template.ONE_YEAR_METRICS;
        var date = one ? Template.ONE_YEAR_DATE : Template.THREE_YEAR_DATE;
        var metrics = one ? Template.ONE_YEAR_METRICS : Template.THREE_YEAR_METRICS;
        if (field != date && field != metrics) {
            return super.writeField(field, owner, spelledIn, inFile);
        }
        SuccessCriteria s = (SuccessCriteria) owner;
        ListField<NamedItem> list = one ? oneYearMetrics : threeYearMetrics;
        if (field == metrics && inFile.test(date)) {
            return list.write(one ? s.getOneYear() : s.getThreeYear());
        }
        if (inFile.test(field == date ? metrics : date)) {
            return null;
        }
        MarkdownOut out = new MarkdownOut();
        out.sparse = true;
        horizon(out, s, one ? s.getOneYear() : s.getThreeYear(), one ? ONE_YEAR : THREE_YEAR,
                one ? "oneYear" : "threeYear", list);
        return out.result(false);
    }

    private static final String ONE_YEAR = "1-Year Success";
    private static final String THREE_YEAR = "3-Year Success";

    @Override
    boolean placeText(Paragraph paragraph, String text, ReadContext ctx) {
        Matcher by = BY_LINE.matcher(text);
        // A "By …" line below the horizon's metrics is not where the template puts its date (it may follow a
        // heading the app does not know): it is kept where it stands, rather than moved above them.
        if (!(ctx.current instanceof SuccessHorizon horizon) || !by.matches() || !horizon.getMetrics().isEmpty()) {
            return false;
        }
        if (!horizon.getDate().isEmpty()) {
            // A second "By …" line, the date taken already (from the heading, say), is kept after the date line the
            // app writes: kept above it, the next read would take it for the date.
            ctx.placed(ctx.sub + ".date");
            return false;
        }
        horizon.setDate(DATE.read(by.group(1), 0));
        ctx.origin.plain(horizon.dateProperty(), ctx.textStart + by.start(1), ctx.textStart + by.end(1));
        ctx.placed(ctx.sub + ".date");
        return true;
    }

    @Override
    ListField<?> unlabelledList(ReadContext ctx) {
        if (!(ctx.current instanceof SuccessHorizon)) {
            return null;
        }
        return "oneYear".equals(ctx.sub) ? oneYearMetrics : threeYearMetrics;
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        SuccessCriteria s = doc.getSuccess();
        writeHeading(out, part(doc));
        out.kept(s, "#");
        horizon(out, s, s.getOneYear(), ONE_YEAR, "oneYear", oneYearMetrics);
        horizon(out, s, s.getThreeYear(), THREE_YEAR, "threeYear", threeYearMetrics);
        out.keptRest(s);
    }

    private static void horizon(MarkdownOut out, SuccessCriteria s, SuccessHorizon h, String heading, String key,
                                ListField<NamedItem> metrics) {
        subheading(out, heading, key, s);
        out.tight(BY + DATE.write(h.getDate(), 0) + ACHIEVED);
        out.kept(s, key + ".date");
        String list = metrics.write(h);
        if (list != null) {
            out.tight(list);
        }
        out.kept(s, metrics.anchor());
    }
}
