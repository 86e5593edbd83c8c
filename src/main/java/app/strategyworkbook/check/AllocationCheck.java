package app.strategyworkbook.check;

import app.strategyworkbook.template.Template;
import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.Percentage;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Investment percentages must be numbers from 0 to 100 and add up to exactly 100; the technical-debt allocation must
 * lie between 0 and 100%.
 */
final class AllocationCheck implements Check {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        List<Allocation> rows = doc.getResources().getAllocations();
        for (int i = 0; i < rows.size(); i++) {
            Allocation row = rows.get(i);
            String text = row.getInvestment();
            if (text.isEmpty()) {
                continue;
            }
            var where = Template.ALLOCATION_INVESTMENT.at(i);
            String field = "Investment % of " + name(row, i);
            Optional<BigDecimal> percent = row.investmentPercent();
            if (percent.isEmpty()) {
                findings.error(where, field, "\"" + text + "\" is not a percentage; write a number such as 25%");
            } else if (AllocationTotal.usable(text).isEmpty()) {
                findings.error(where, field, "\"" + text + "\" must lie between 0% and 100%");
            }
        }
        AllocationTotal total = AllocationTotal.of(doc.getResources());
        if (total.anyNumber() && !total.exact()) {
            findings.error(Template.ALLOCATIONS.at(), "Investment %",
                    "the investment percentages add up to " + total.totalText() + ", not 100% (" + total.gap() + ")");
        }
        String debt = doc.getTechnology().getDebtAllocation();
        if (!debt.isEmpty()) {
            var where = Template.DEBT_ALLOCATION.at();
            String field = "Technical debt allocation";
            Optional<BigDecimal> percent = Percentage.find(debt);
            if (percent.isEmpty()) {
                findings.warning(where, field, "\"" + debt + "\" gives no percentage of engineering time");
            } else if (percent.get().signum() < 0 || percent.get().compareTo(HUNDRED) > 0) {
                findings.error(where, field, percent.get().toPlainString() + "% is not between 0% and 100%");
            }
        }
    }

    private static String name(Allocation row, int index) {
        return row.getArea().isEmpty() ? "row " + (index + 1) : row.getArea();
    }
}
