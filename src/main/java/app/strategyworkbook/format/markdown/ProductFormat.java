package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
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
    static final Placeholder PORTFOLIO = Template.PORTFOLIO.placeholder();

    private static ProductStrategy product(Object o) {
        return (ProductStrategy) o;
    }

    private final ListField<NamedItem> core = Fields.namedItems(Template.CORE_PLATFORM, false, NameStyle.BOLD);
    private final ListField<String> adjacencies = Fields.strings(Template.ADJACENCIES);
    private final ListField<String> build = Fields.strings(Template.BUILD);
    private final ListField<String> buy = Fields.strings(Template.BUY);
    private final ListField<String> partner = Fields.strings(Template.PARTNER_WITH);

    ProductFormat() {
        super(TemplateSection.PRODUCT);
        subheadings();
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
        ctx.tookParagraphs(p.portfolioProperty());
        ctx.placed("portfolio");
        return true;
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        ProductStrategy p = doc.getProduct();
        writeHeading(out, part(doc));
        out.kept(p, "#");
        subheading(out, heading("portfolio"), "portfolio", p);
        out.tight(paragraph(p.getPortfolio(), PORTFOLIO));
        out.kept(p, "portfolio");
        writeList(out, core, p, false, p);
        writeList(out, adjacencies, p, false, p);
        subheading(out, heading("buildBuyPartner"), "buildBuyPartner", p);
        writeList(out, build, p, false, p);
        writeList(out, buy, p, false, p);
        writeList(out, partner, p, false, p);
        out.keptRest(p);
    }
}
