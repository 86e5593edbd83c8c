package app.strategyworkbook.bench;

import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.Competitor;
import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import java.nio.file.Path;
import java.util.Random;

/**
 * Large strategies for the benchmarks and the large-document tests: the example strategy grown with thousands of
 * risks, competitors and pillar metrics, in proportion, until its Markdown is about the size asked for. The text
 * varies (seeded), as real entries do, so no parser meets the same line twice.
 */
public final class LargeStrategies {
    private static final String[] LEVELS = {"Low", "Medium", "High", "Critical", "Med"};
    private static final String[] WORDS = ("pricing churn regulation supplier outage hiring margin security partner "
            + "latency compliance forecast runway competitor migration adoption retention enterprise channel brand")
            .split(" ");

    private LargeStrategies() {
    }

    /** A strategy whose Markdown is about {@code bytes} long. */
    public static StrategyDocument ofSize(int bytes) throws StrategyFormatException {
        StrategyFiles files = new StrategyFiles();
        StrategyDocument doc = files.open(Path.of("samples/example-strategy.md")).document();
        Random random = new Random(bytes);
        int base = files.text(doc, FileFormat.MARKDOWN, false).length();
        // One round adds a risk, a competitor and a metric: about 390 bytes of Markdown.
        int rounds = Math.max(0, (bytes - base) / 390);
        var pillars = doc.getPillars().getPillars();
        for (int i = 0; i < rounds; i++) {
            Risk risk = new Risk();
            risk.setRisk(phrase(random, 6) + " (" + i + ")");
            risk.setLikelihood(LEVELS[random.nextInt(3)]);
            risk.setImpact(LEVELS[random.nextInt(4)]);
            risk.setMitigation(phrase(random, 12));
            doc.getRisks().getRisks().add(risk);
            Competitor competitor = new Competitor();
            competitor.setName("Competitor " + i);
            competitor.setStrength(phrase(random, 4));
            competitor.setWeakness(phrase(random, 4));
            competitor.setDifferentiation(phrase(random, 6));
            doc.getContext().getCompetitors().add(competitor);
            PillarMetric metric = new PillarMetric();
            metric.setName(phrase(random, 3) + " " + i);
            metric.setTarget(">" + random.nextInt(100) + "%");
            metric.setCurrent(random.nextInt(100) + "%");
            pillars.get(i % pillars.size()).getMetrics().add(metric);
        }
        return doc;
    }

    private static String phrase(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return out.toString();
    }
}
