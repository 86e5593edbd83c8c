package app.strategyworkbook.ui.section;

import static app.strategyworkbook.template.Template.ADJACENCIES;
import static app.strategyworkbook.template.Template.BUILD;
import static app.strategyworkbook.template.Template.BUY;
import static app.strategyworkbook.template.Template.CORE_PLATFORM;
import static app.strategyworkbook.template.Template.PARTNER_WITH;
import static app.strategyworkbook.template.Template.PORTFOLIO;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;

/** Product strategy: the portfolio, core platform, adjacencies, and what to build, buy or partner for. */
final class ProductEditor extends SectionEditor {
    ProductEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.PRODUCT, doc, history);
    }

    @Override
    protected void build() {
        form.fields(PORTFOLIO, CORE_PLATFORM, ADJACENCIES, BUILD, BUY, PARTNER_WITH);
        form.kept(doc.getProduct(), DocumentPart.PRODUCT);
    }
}
