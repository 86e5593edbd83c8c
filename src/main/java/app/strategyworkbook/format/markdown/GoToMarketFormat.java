package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.format.markdown.Fields.ListField;
import app.strategyworkbook.format.markdown.Fields.NameStyle;
import app.strategyworkbook.format.markdown.Fields.TextField;
import app.strategyworkbook.model.GoToMarket;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Part;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;

/** "## Go-to-Market Strategy": sales motion, marketing strategy and partnership strategy. */
final class GoToMarketFormat extends SectionFormat {
    private static GoToMarket gtm(Object o) {
        return (GoToMarket) o;
    }

    private final TextField motion = text("Primary", "salesMotion", o -> gtm(o).salesMotionProperty(),
            "[e.g., Product-Led Growth, Enterprise Sales, Hybrid]", "Sales Motion", "Primary Motion");
    private final ListField<NamedItem> channels = Fields.namedItems("Customer Acquisition", "channels",
            o -> gtm(o).getChannels(), false, NameStyle.BOLD, Placeholder.numbered("[Channel %d]"),
            Placeholder.of("[Strategy]"), "Acquisition Channels", "Channels");
    private final ListField<NamedItem> cycle = Fields.namedItems("Sales Cycle", "salesCycle",
            o -> gtm(o).getSalesCycle(), false, NameStyle.PLAIN, Placeholder.numbered("[Stage %d]"),
            Placeholder.numbered("[Detail]", "[$X]", "[N days]", "[Titles]"));
    private final TextField brand = text("Brand Position", "brandPosition", o -> gtm(o).brandPositionProperty(),
            "[How we position ourselves]", "Positioning", "Brand Positioning");
    private final ListField<String> messages = Fields.strings("Key Messages", "keyMessages",
            o -> gtm(o).getKeyMessages(), Placeholder.numbered("[Message %d]"), "Messages");
    private final TextField content = text("Content Strategy", "contentStrategy",
            o -> gtm(o).contentStrategyProperty(), "[Content approach]", "Content");
    private final ListField<NamedItem> partners = Fields.namedItems("Strategic Partners", "partners",
            o -> gtm(o).getPartners(), false, NameStyle.BOLD, Placeholder.numbered("[Partner type %d]"),
            Placeholder.of("[Why]"), "Partners");

    GoToMarketFormat() {
        super(TemplateSection.GO_TO_MARKET, "Go to Market", "GTM", "GTM Strategy", "Go-to-Market");
        subheading("sales", "Sales Motion", "Sales");
        subheading("marketing", "Marketing Strategy", "Marketing");
        subheading("partnership", "Partnership Strategy", "Partnerships", "Partners");
        fields(motion, channels, cycle, brand, messages, content, partners);
    }

    @Override
    Part part(StrategyDocument doc) {
        return doc.getGoToMarket();
    }

    @Override
    void write(StrategyDocument doc, MarkdownOut out) {
        GoToMarket g = doc.getGoToMarket();
        writeHeading(out, part(doc));
        out.kept(g, "#");
        subheading(out, "Sales Motion", "sales", g);
        writeText(out, motion, g, true, g);
        writeList(out, channels, g, false, g);
        writeList(out, cycle, g, false, g);
        subheading(out, "Marketing Strategy", "marketing", g);
        writeText(out, brand, g, true, g);
        writeList(out, messages, g, false, g);
        writeText(out, content, g, false, g);
        subheading(out, "Partnership Strategy", "partnership", g);
        writeList(out, partners, g, true, g);
        out.keptRest(g);
    }
}
