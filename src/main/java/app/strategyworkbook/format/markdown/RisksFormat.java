package app.strategyworkbook.format.markdown;

import app.strategyworkbook.format.markdown.TableField.Column;
import app.strategyworkbook.model.KeyRisks;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;

/** "## Key Risks and Mitigation": the risk table. A "### Risk: …" block under it is kept as written. */
final class RisksFormat extends SectionFormat {
    private static final Placeholder LEVEL = Placeholder.of("High/Med/Low");

    private final TableField<Risk> risks = new TableField<>("risks", List.of(
            new Column<Risk>("Risk", List.of("risks", "threat"), Risk::riskProperty, Placeholder.numbered("[Risk %d]")),
            new Column<Risk>("Likelihood", List.of("probability", "likelihood of occurrence"),
                    Risk::likelihoodProperty, LEVEL),
            new Column<Risk>("Impact", List.of("severity", "consequence"), Risk::impactProperty, LEVEL),
            new Column<Risk>("Mitigation Strategy", List.of("mitigation", "response", "mitigation plan"),
                    Risk::mitigationProperty, Placeholder.of("[How we'll mitigate]")),
            new Column<Risk>("Owner", List.of("risk owner", "owned by", "responsible"), Risk::ownerProperty,
                    Placeholder.of(""), true)),
            "|------|------------|--------|---------------------|",
            o -> ((KeyRisks) o).getRiskTable(), o -> ((KeyRisks) o).getRisks(), Risk::new);

    RisksFormat() {
        super(TemplateSection.RISKS, "Key Risks", "Risks", "Risks and Mitigation",
                "Risk Management", "Key Risks & Mitigation");
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getRisks();
    }

    @Override
    TableField<?> table() {
        return risks;
    }

    @Override
    boolean placeTable(TableBlock table, ReadContext ctx) {
        return placeTableOnce(risks, table, ctx);
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
}
