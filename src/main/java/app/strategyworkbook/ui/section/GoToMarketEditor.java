package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.BRAND_POSITION;
import static app.strategyworkbook.template.Template.CHANNELS;
import static app.strategyworkbook.template.Template.CONTENT_STRATEGY;
import static app.strategyworkbook.template.Template.KEY_MESSAGES;
import static app.strategyworkbook.template.Template.PARTNERS;
import static app.strategyworkbook.template.Template.SALES_CYCLE;
import static app.strategyworkbook.template.Template.SALES_MOTION;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;

/** Go-to-market: the sales motion, marketing strategy and partners. */
final class GoToMarketEditor extends SectionEditor {
    GoToMarketEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.GO_TO_MARKET, doc, history);
    }

    @Override
    protected void build() {
        form.fields(SALES_MOTION, CHANNELS, SALES_CYCLE, BRAND_POSITION, KEY_MESSAGES, CONTENT_STRATEGY, PARTNERS);
        form.kept(doc.getGoToMarket(), DocumentPart.GO_TO_MARKET);
    }
}
