package app.strategyworkbook.check;

import app.strategyworkbook.template.Template;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.time.LocalDate;
import java.util.List;

/** Every pillar success metric that is named has a target. */
final class PillarMetricsCheck implements Check {
    @Override
    public void check(StrategyDocument doc, LocalDate today, Findings findings) {
        List<Pillar> pillars = doc.getPillars().getPillars();
        for (int p = 0; p < pillars.size(); p++) {
            List<PillarMetric> metrics = pillars.get(p).getMetrics();
            for (int m = 0; m < metrics.size(); m++) {
                PillarMetric metric = metrics.get(m);
                if (!metric.getName().isEmpty() && metric.getTarget().isEmpty()) {
                    findings.warning(Template.METRIC_TARGET.at(p, m), pillarName(pillars.get(p), p) + " > "
                                    + metric.getName(),
                            "this success metric has no target");
                }
            }
        }
    }

    static String pillarName(Pillar pillar, int index) {
        return Completion.itemName(Template.PILLARS, pillar, index);
    }
}
