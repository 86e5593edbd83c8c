package app.strategyworkbook.ui.section;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.Competitor;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;

/** Strategic context: the market, TAM / SAM / SOM, trends, and direct and indirect competitors. */
final class ContextEditor extends SectionEditor {
    ContextEditor(StrategyDocument doc, EditHistory history) {
        super(TemplateSection.CONTEXT, doc, history);
    }

    @Override
    protected void build() {
        var c = doc.getContext();
        form.heading("Market Opportunity");
        form.area("Target Market", "targetMarket", c.targetMarketProperty(), prompt("targetMarket"));
        form.text("TAM (Total Addressable Market)", "tam", c.tamProperty(), "[$ value]");
        form.text("SAM (Serviceable Addressable Market)", "sam", c.samProperty(), "[$ value]");
        form.text("SOM (Serviceable Obtainable Market, 3 years)", "som", c.somProperty(), "[$ value]");
        form.strings("Market Trends", "trends", c.getTrends(), "[Key trend and how it affects your business]");
        form.heading("Competitive Landscape");
        form.table("Direct Competitors", "competitors", c.getCompetitors(), Competitor::new)
                .column("Competitor", Competitor::nameProperty, 0.2)
                .column("Strength", Competitor::strengthProperty, 0.25)
                .column("Weakness", Competitor::weaknessProperty, 0.25)
                .column("Our Differentiation", Competitor::differentiationProperty, 0.3)
                .extraColumns(MarkdownStrategyFormat.unknownColumns(TemplateSection.CONTEXT, c.getCompetitorTable()),
                        Competitor::getExtraCells);
        form.strings("Indirect Competitors / Substitutes", "indirectCompetitors", c.getIndirectCompetitors(),
                "[Alternative approach]");
        form.kept(c);
    }
}
