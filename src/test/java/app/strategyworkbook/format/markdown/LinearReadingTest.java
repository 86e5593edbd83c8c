package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.strategyworkbook.model.Competitor;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/**
 * Reading is one pass: the time it takes grows with the file, at the same rate for a small file and one eight times
 * larger. It is measured from outside the reader, as the CPU time of the reading thread (other work on the machine
 * does not count, and a collector's threads neither), the least of several reads after warming up. A reader that went
 * back over the file for each row or block it reads would take about eight times as long per character on the larger
 * file.
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

    /** Nanoseconds of this thread's CPU per character read: the least of {@code times} reads. */
    private double cpuPerCharacter(String markdown, int n, int times) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < times; i++) {
            long start = threads.getCurrentThreadCpuTime();
            StrategyDocument read = format.read(markdown);
            fastest = Math.min(fastest, threads.getCurrentThreadCpuTime() - start);
            assertEquals(n, read.getRisks().getRisks().size());
        }
        return (double) fastest / markdown.length();
    }

    @Test
    void readingTimeGrowsInProportionToTheFile() {
        assumeTrue(ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported(), "no CPU time to measure");
        String small = format.write(strategyOfSize(500));
        String large = format.write(strategyOfSize(4000));
        // Warm up: the first reads run interpreted, and would make the small file look slow.
        cpuPerCharacter(small, 500, 10);
        cpuPerCharacter(large, 4000, 2);
        double perCharacterSmall = cpuPerCharacter(small, 500, 7);
        double perCharacterLarge = cpuPerCharacter(large, 4000, 4);
        // Generous: a linear reader stays near 1, a quadratic one is near 8.
        assertTrue(perCharacterLarge < 3 * perCharacterSmall, () -> String.format(java.util.Locale.ROOT,
                "ns per character: %.1f for %,d characters, %.1f for %,d", perCharacterSmall, small.length(),
                perCharacterLarge, large.length()));
    }
}
