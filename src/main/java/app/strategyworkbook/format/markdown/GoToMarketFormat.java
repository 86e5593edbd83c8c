package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.Fields.text;

import app.strategyworkbook.template.Placeholder;
import app.strategyworkbook.template.Template;
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

    private final TextField motion = text(Template.SALES_MOTION);
    private final ListField<NamedItem> channels = Fields.namedItems(Template.CHANNELS, false, NameStyle.BOLD);
    private final ListField<NamedItem> cycle = Fields.namedItems(Template.SALES_CYCLE, false, NameStyle.PLAIN);
    private final TextField brand = text(Template.BRAND_POSITION);
    private final ListField<String> messages = Fields.strings(Template.KEY_MESSAGES);
    private final TextField content = text(Template.CONTENT_STRATEGY);
    private final ListField<NamedItem> partners = Fields.namedItems(Template.PARTNERS, false, NameStyle.BOLD);

    GoToMarketFormat() {
        super(TemplateSection.GO_TO_MARKET);
        subheadings();
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
        subheading(out, heading("sales"), "sales", g);
        writeText(out, motion, g, true, g);
        writeList(out, channels, g, false, g);
        writeList(out, cycle, g, false, g);
        subheading(out, heading("marketing"), "marketing", g);
        writeText(out, brand, g, true, g);
        writeList(out, messages, g, false, g);
        writeText(out, content, g, false, g);
        subheading(out, heading("partnership"), "partnership", g);
        writeList(out, partners, g, true, g);
        out.keptRest(g);
    }
}
