package app.strategyworkbook.check;

import app.strategyworkbook.template.Template;
import app.strategyworkbook.model.Money;
import app.strategyworkbook.model.StrategicContext;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** TAM, SAM and SOM nest: TAM ≥ SAM ≥ SOM, when all three are amounts in one currency. */
final class MarketSizeCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        StrategicContext c = doc.getContext();
        String[] names = {"TAM", "SAM", "SOM"};
        List<app.strategyworkbook.template.TemplateField> fields = List.of(Template.TAM, Template.SAM, Template.SOM);
        String[] texts = {c.getTam(), c.getSam(), c.getSom()};
        List<Optional<Money>> amounts = List.of(c.tamMoney(), c.samMoney(), c.somMoney());
        Money[] money = new Money[3];
        for (int i = 0; i < 3; i++) {
            if (texts[i].isEmpty()) {
                continue;
            }
            Optional<Money> parsed = amounts.get(i);
            if (parsed.isEmpty()) {
                findings.warning(fields.get(i).at(), names[i], "\"" + texts[i] + "\" does not start with an amount such as $50B");
            } else {
                money[i] = parsed.get();
            }
        }
        if (money[0] == null || money[1] == null || money[2] == null
                || !money[0].currency().equals(money[1].currency())
                || !money[1].currency().equals(money[2].currency())) {
            return;
        }
        if (money[0].amount().compareTo(money[1].amount()) < 0) {
            findings.error(Template.SAM.at(), "SAM", "SAM (" + texts[1] + ") is larger than TAM (" + texts[0] + ")");
        }
        if (money[1].amount().compareTo(money[2].amount()) < 0) {
            findings.error(Template.SOM.at(), "SOM", "SOM (" + texts[2] + ") is larger than SAM (" + texts[1] + ")");
        }
    }
}
