package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
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
    private final TableField<Risk> risks = new TableField<>(Template.RISKS,
            "|------|------------|--------|---------------------|");

    RisksFormat() {
        super(TemplateSection.RISKS);
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
