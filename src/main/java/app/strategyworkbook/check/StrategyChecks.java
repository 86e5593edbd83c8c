package app.strategyworkbook.check;

import app.strategyworkbook.model.StrategyDocument;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The checks a strategy should pass, in plain Java so the command line, the editor's check panel and the slides all
 * use the same ones. Errors come first, then warnings, each in document order.
 */
public final class StrategyChecks {
    public List<Finding> check(StrategyDocument doc, LocalDate today) {
        // Made anew for each run: a check may keep state while it walks one document.
        List<Check> checks = List.of(new AllocationCheck(), new CountCheck(), new MarketSizeCheck(),
                new PillarMetricsCheck(), new RiskCheck(), new RiskScoreCheck(), new HiringCheck(), new ReviewDateCheck(),
                new PlaceholderCheck());
        Findings findings = new Findings();
        for (Check check : checks) {
            check.check(doc, today, findings);
        }
        return findings.all().stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
