package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.model.Competitor;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import org.junit.jupiter.api.Test;

/**
 * Reading is one pass: the characters the reader examines grow with the file, at the same rate for a small file
 * and one sixteen times larger. A reader that rescanned the file per section or per row would fail this.
 */
class LinearReadingTest {
    private final MarkdownStrategyFormat format = new MarkdownStrategyFormat();

    private static StrategyDocument strategyOfSize(int n) {
        StrategyDocument doc = new StrategyDocument();
        for (int i = 0; i < n; i++) {
            Risk risk = new Risk();
            risk.setRisk("Risk number " + i + " | with a pipe");
            risk.setLikelihood("Med");
            risk.setImpact("High");
            risk.setMitigation("Mitigation " + i);
            doc.getRisks().getRisks().add(risk);
            Competitor c = new Competitor();
            c.setName("Competitor " + i);
            doc.getContext().getCompetitors().add(c);
            doc.getContext().getTrends().add("Trend " + i + "\nover two lines");
            doc.getRisks().keep("risks", "<!-- note " + i + " -->\n\n### Risk: number " + i + "\n\nDetail " + i);
        }
        for (int p = 0; p < n / 10; p++) {
            Pillar pillar = new Pillar();
            pillar.setName("Pillar " + p);
            pillar.setDescription("**Who:** not a label here\nsecond line");
            for (int m = 0; m < 10; m++) {
                PillarMetric metric = new PillarMetric();
                metric.setName("Metric " + m);
                metric.setTarget(m + "%");
                pillar.getMetrics().add(metric);
            }
            doc.getPillars().getPillars().add(pillar);
        }
        return doc;
    }

    private double examinedPerCharacter(int n) {
        String markdown = format.write(strategyOfSize(n));
        var reading = format.readWithDetails(markdown);
        assertEquals(n, reading.document().getRisks().getRisks().size());
        return (double) reading.charactersExamined() / markdown.length();
    }

    @Test
    void readingExaminesEachCharacterABoundedNumberOfTimes() {
        double small = examinedPerCharacter(250);
        double large = examinedPerCharacter(4000);
        assertTrue(small < 3 && large < 3, () -> "examined per character: " + small + " and " + large);
        assertTrue(Math.abs(large - small) < 0.25, () -> "grows with size: " + small + " -> " + large);
    }
}
