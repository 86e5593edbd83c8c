package app.strategyworkbook.check;

import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.ResourceAllocation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the investment percentages add up to, counting the cells that are percentages from 0 to 100, and how far that
 * is from 100. The check, the pie chart and the slides all say it the same way.
 */
public record AllocationTotal(BigDecimal total, boolean anyNumber) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static AllocationTotal of(ResourceAllocation resources) {
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        for (Allocation row : resources.getAllocations()) {
            Optional<BigDecimal> percent = usable(row.getInvestment());
            if (percent.isPresent()) {
                total = total.add(percent.get());
                any = true;
            }
        }
        return new AllocationTotal(total, any);
    }

    /** The cell as a percentage the total counts: a number from 0 to 100. */
    public static Optional<BigDecimal> usable(String text) {
        return app.strategyworkbook.model.Percentage.parse(text)
                .filter(p -> p.signum() >= 0 && p.compareTo(HUNDRED) <= 0);
    }

    public boolean exact() {
        return total.compareTo(HUNDRED) == 0;
    }

    /** What is left to allocate, when under 100. */
    public BigDecimal unallocated() {
        return HUNDRED.subtract(total).max(BigDecimal.ZERO);
    }

    /** "5% unallocated", "10% over", or "" at exactly 100. */
    public String gap() {
        BigDecimal off = total.subtract(HUNDRED);
        if (off.signum() == 0) {
            return "";
        }
        return off.signum() < 0 ? percent(off.negate()) + " unallocated" : percent(off) + " over";
    }

    /** "95%". */
    public String totalText() {
        return percent(total);
    }

    static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
