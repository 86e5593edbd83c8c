package app.strategyworkbook.format.markdown;

import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.NameStyle;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.ProductStrategy;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import org.commonmark.node.Paragraph;

/** "## Product Strategy": the portfolio, the core platform, adjacencies, and build / buy / partner. */
final class ProductFormat extends SectionFormat {
    static final Placeholder PORTFOLIO = Placeholder.of("[Brief overview of product lines and how they relate]");

    private static ProductStrategy product(Object o) {
        return (ProductStrategy) o;
    }

    private final ListField<NamedItem> core = Fields.namedItems("Core Platform", "corePlatform",
            o -> product(o).getCorePlatform(), false, NameStyle.BOLD, Placeholder.numbered("[Product/Service %d]"),
            Placeholder.of("[Description]"), "Core Products", "Platform");
    private final ListField<String> adjacencies = Fields.strings("Adjacencies (Future)", "adjacencies",
            o -> product(o).getAdjacencies(), Placeholder.numbered("[Potential expansion %d]"), "Future");
    private final ListField<String> build = Fields.strings("Build", "build", o -> product(o).getBuild(),
            Placeholder.numbered("[Core competency %d]"));
    private final ListField<String> buy = Fields.strings("Buy/Acquire", "buy", o -> product(o).getBuy(),
            Placeholder.numbered("[Capability gap %d]"), "Buy", "Acquire", "Buy or Acquire");
    private final ListField<String> partner = Fields.strings("Partner", "partner", o -> product(o).getPartner(),
            Placeholder.numbered("[Partner %d]", "[Commodity service 1]", "[Ecosystem play 1]"), "Partnerships");

    ProductFormat() {
        super(TemplateSection.PRODUCT, "Product", "Products");
        prompt("portfolio", PORTFOLIO);
        subheading("portfolio", "Product Portfolio", "Portfolio");
        subheading("buildBuyPartner", "Build vs Buy vs Partner", "Build Buy Partner", "Build vs Buy");
        fields(core, adjacencies, build, buy, partner);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getProduct();
    }

    @Override
    boolean placeText(Paragraph paragraph, String text, ReadContext ctx) {
        ProductStrategy p = ctx.doc.getProduct();
        // Only text straight under "### Product Portfolio" is the overview; after a label it is that label's.
        if (!"#portfolio".equals(ctx.anchor) || !p.getPortfolio().isEmpty()) {
            return false;
        }
        p.setPortfolio(PORTFOLIO.read(text, 0));
        ctx.placed("portfolio");
        return true;
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        ProductStrategy p = doc.getProduct();
        writeHeading(out, part(doc));
        out.kept(p, "#");
        subheading(out, "Product Portfolio", "portfolio", p);
        out.tight(paragraph(p.getPortfolio(), PORTFOLIO));
        out.kept(p, "portfolio");
        writeList(out, core, p, false, p);
        writeList(out, adjacencies, p, false, p);
        subheading(out, "Build vs Buy vs Partner", "buildBuyPartner", p);
        writeList(out, build, p, false, p);
        writeList(out, buy, p, false, p);
        writeList(out, partner, p, false, p);
        out.keptRest(p);
    }
}
