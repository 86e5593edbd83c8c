package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;

/** Go-to-market: sales motion, acquisition channels, sales cycle, marketing and partners. */
final class GoToMarketEditor extends SectionEditor {
    GoToMarketEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.GO_TO_MARKET, doc, history);
    }

    @Override
    protected void build() {
        var g = doc.getGoToMarket();
        form.heading("Sales Motion");
        form.text("Primary", "salesMotion", g.salesMotionProperty(), prompt("salesMotion"));
        form.named("Customer Acquisition", "channels", g.getChannels(), "Channel", "Strategy");
        form.named("Sales Cycle", "salesCycle", g.getSalesCycle(), "Stage", "Detail");
        form.heading("Marketing Strategy");
        form.area("Brand Position", "brandPosition", g.brandPositionProperty(), prompt("brandPosition"));
        form.strings("Key Messages", "keyMessages", g.getKeyMessages(), "[Message]");
        form.area("Content Strategy", "contentStrategy", g.contentStrategyProperty(), prompt("contentStrategy"));
        form.heading("Partnership Strategy");
        form.named("Strategic Partners", "partners", g.getPartners(), "Partner type", "Why");
        form.kept(g);
    }
}
