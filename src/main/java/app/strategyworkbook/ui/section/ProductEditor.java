package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;

/** Product strategy: portfolio, core platform, adjacencies, and build / buy / partner. */
final class ProductEditor extends SectionEditor {
    ProductEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.PRODUCT, doc, history);
    }

    @Override
    protected void build() {
        var p = doc.getProduct();
        form.heading("Product Portfolio");
        form.area("Portfolio", "portfolio", p.portfolioProperty(), prompt("portfolio"));
        form.named("Core Platform", "corePlatform", p.getCorePlatform(), "Product or service", "Description");
        form.strings("Adjacencies (Future)", "adjacencies", p.getAdjacencies(), "[Potential expansion]");
        form.heading("Build vs Buy vs Partner");
        form.strings("Build", "build", p.getBuild(), "[Core competency]");
        form.strings("Buy/Acquire", "buy", p.getBuy(), "[Capability gap]");
        form.strings("Partner", "partner", p.getPartner(), "[Commodity service or ecosystem play]");
        form.kept(p);
    }
}
