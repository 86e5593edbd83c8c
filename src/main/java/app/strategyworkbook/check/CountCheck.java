package app.strategyworkbook.check;

import app.strategyworkbook.words.Plural;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.time.LocalDate;
import java.util.List;

/** The template asks for 3 to 5 values and 3 or 4 strategic pillars. */
final class CountCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        List<NamedItem> values = doc.getOverview().getValues();
        if (!values.isEmpty() && (values.size() < 3 || values.size() > 5)) {
            findings.warning(Template.VALUES.at(),
                    Plural.thereAre(values.size(), "value") + "; the template asks for 3 to 5");
        }
        List<Pillar> pillars = doc.getPillars().getPillars();
        if (pillars.size() < 3 || pillars.size() > 4) {
            findings.warning(Template.PILLARS.at(), "Pillars",
                    Plural.thereAre(pillars.size(), "strategic pillar") + "; the template asks for 3 or 4");
        }
    }
}
