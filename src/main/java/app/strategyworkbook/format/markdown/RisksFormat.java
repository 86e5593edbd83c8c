package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.format.markdown.Fields.LabelField;
import app.strategyworkbook.format.markdown.Fields.TextField;
import app.strategyworkbook.model.KeyRisks;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.RiskScale;
import app.strategyworkbook.template.RiskScales;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.Template;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;

/**
 * "## Key Risks and Mitigation": the risk table, with its columns in any order and under the names registers give
 * them; or, in a file that writes its risks so, a "### Risk: …" block per risk with labelled lines ("**Likelihood:**
 * High", "Probability: 3", "**Owner**: CFO", "Mitigation: …"). One file's risks are one or the other: a block after
 * a table is kept as written, as is a table after blocks.
 */
final class RisksFormat extends SectionFormat {
    /** "Risk: name", "Risk 3 - name", "Risk #3: name". */
    private static final Pattern BLOCK = Pattern.compile(
            "^(?i:risk)[ \t]*#?\\d{0,3}[ \t]*[:.\\-\u2013\u2014][ \t]*(\\S.*)$");

    private final TableField<Risk> risks = new TableField<>(Template.RISKS,
            "|------|------------|--------|---------------------|");
    private final TextField likelihood = text(Template.RISK_LIKELIHOOD);
    private final TextField impact = text(Template.RISK_IMPACT);
    private final TextField score = text(Template.RISK_SCORE);
    private final TextField mitigation = text(Template.RISK_MITIGATION);
    private final TextField owner = text(Template.RISK_OWNER);

    RisksFormat() {
        super(TemplateSection.RISKS);
        fields(likelihood, impact, score, mitigation, owner);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getRisks();
    }

    /** A risk's lines are read into the risk whose block the reader is in; outside one there are none. */
    @Override
    Object target(ReadContext ctx) {
        return ctx.current instanceof Risk r ? r : null;
    }

    @Override
    Object tableOwner(ReadContext ctx) {
        return part(ctx.doc);
    }

    /** In a risk's block its lines are read written plainly too: "Probability: 3" as "**Probability:** 3". */
    @Override
    LabelField plainField(String label, ReadContext ctx) {
        return ctx.current instanceof Risk ? field(label) : null;
    }

    @Override
    TableField<?> table() {
        return risks;
    }

    @Override
    boolean placeTable(TableBlock table, ReadContext ctx) {
        // A table after risk blocks is kept as written: the risks are the blocks'.
        return !blocks(ctx) && placeTableOnce(risks, table, ctx);
    }

    /** Whether this file's risks are blocks under headings. */
    private boolean blocks(ReadContext ctx) {
        var read = ctx.origin.lists.get(ctx.doc.getRisks().getRisks());
        return read != null && read.shape == MarkdownOrigin.Shape.BLOCKS;
    }

    @Override
    boolean recognizes(String headingText) {
        return BLOCK.matcher(headingText.strip()).matches();
    }

    @Override
    String subheadingKey(String headingText) {
        return null;
    }

    @Override
    boolean recognizesBoldLine(String text, ReadContext ctx) {
        return recognizes(text, ctx);
    }

    /** A "### Risk: …" heading starts a risk of its own, unless the file's risks are a table already read. */
    @Override
    boolean recognizes(String headingText, ReadContext ctx) {
        var read = ctx.origin.lists.get(ctx.doc.getRisks().getRisks());
        return recognizes(headingText) && (read == null || read.shape == MarkdownOrigin.Shape.BLOCKS);
    }

    @Override
    void enter(String headingText, ReadContext ctx) {
        Matcher m = BLOCK.matcher(headingText.strip());
        m.matches();
        Risk risk = new Risk();
        risk.setRisk(m.group(1).strip());
        KeyRisks k = ctx.doc.getRisks();
        k.getRisks().add(risk);
        ctx.inHeading(risk.riskProperty());
        ctx.itemStarts(k.getRisks(), risk, risk.riskProperty(), this);
        ctx.current = risk;
        ctx.at(k, risks.anchor());
    }

    /**
     * A file states its scales by the levels it gives ("Rare" … "Almost certain", "1" to "5"): each axis is on the
     * known scale that reads its values ({@link RiskScales#infer}), which Markdown need not write down.
     */
    static void inferScales(KeyRisks k) {
        k.scales(RiskScales.infer(k.getRisks().stream().map(Risk::getLikelihood).toList(), RiskScale.LIKELIHOOD),
                RiskScales.infer(k.getRisks().stream().map(Risk::getImpact).toList(), RiskScale.IMPACT));
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        KeyRisks k = doc.getRisks();
        writeHeading(out, part(doc));
        out.kept(k, "#");
        out.block(risks.write(k));
        out.kept(k, risks.anchor());
        out.keptRest(k);
    }

    /** A risk added to a file whose risks are blocks: a block like theirs, with a line for each of its values. */
    @Override
    void writeItem(MarkdownOut out, Object item, int index) {
        Risk risk = (Risk) item;
        out.block("### Risk: " + Escapes.heading(risk.getRisk()));
        boolean first = true;
        Part spelling = new KeyRisks();
        for (TextField field : new TextField[] {likelihood, impact, score, owner, mitigation}) {
            if (!field.property().apply(risk).get().isEmpty() || !out.sparse) {
                String line = field.write(risk, index, spelling);
                if (first) {
                    out.block(line);
                } else {
                    out.tight(line);
                }
                first = false;
            }
        }
    }
}
