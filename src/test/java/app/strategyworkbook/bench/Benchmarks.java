package app.strategyworkbook.bench;

import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.StrategyDocument;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code mvn -B -Pbench test}: runs {@link ReadWriteBenchmark} with JMH and prints each reader's time next to its
 * baseline, as a ratio (targets: Markdown within 2x commonmark's parse, JSON within 1.5x Jackson's tree read), then
 * the heap a 10 MB strategy takes once open. Pass -Dbench.quick=true for a short, rough run,
 * -Dbench.only=REGEX to run some of the benchmarks (such as {@code json.*}), -Dbench.size=1000000 for one size, and
 * -Dbench.warmups=N for more warm-up iterations (the JIT needs more on a busy or small machine).
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        OptionsBuilder builder = new OptionsBuilder();
        String oneSize = System.getProperty("bench.size", "all");
        if (!oneSize.equals("all")) {
            builder.param("size", oneSize);
        }
        Options options = builder
                .include(ReadWriteBenchmark.class.getSimpleName() + "." + System.getProperty("bench.only", ".*"))
                .forks(1)
                .warmupIterations(quick ? 2 : Integer.getInteger("bench.warmups", 5))
                .warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 3 : 5)
                .measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(quick ? 1 : 2))
                .jvmArgs("-Xmx3g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> millis = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            millis.put(name + "@" + r.getParams().getParam("size"), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("size        | Markdown read | commonmark parse | ratio (target <= 2)"
                + " | JSON read | Jackson tree | ratio (target <= 1.5) | Markdown write | one-edit save (target <="
                + " write) | JSON write");
        for (String size : new String[] {"10000", "1000000", "10000000"}) {
            if (!millis.containsKey("markdownRead@" + size) || !millis.containsKey("jsonRead@" + size)) {
                continue; // a partial run (-Dbench.only=…) prints JMH's own table only
            }
            double md = millis.get("markdownRead@" + size);
            double cm = millis.get("markdownBaselineCommonmarkParse@" + size);
            double js = millis.get("jsonRead@" + size);
            double jt = millis.get("jsonBaselineJacksonTree@" + size);
            System.out.printf(Locale.ROOT, "%-11s | %10.3f ms | %13.3f ms | %19.2f | %6.3f ms | %9.3f ms | %21.2f | %11.3f ms"
                    + " | %29.3f ms | %7.3f ms%n", label(size), md, cm, md / cm, js, jt, js / jt,
                    millis.get("markdownWrite@" + size), millis.getOrDefault("markdownSaveOneEdit@" + size, Double.NaN),
                    millis.get("jsonWrite@" + size));
        }
        heapOfATenMegabyteStrategy();
    }

    private static String label(String size) {
        int n = Integer.parseInt(size);
        return n >= 1_000_000 ? n / 1_000_000 + " MB" : n / 1000 + " KB";
    }

    /** The heap that stays in use once a 10 MB Markdown strategy is open (the model only; no window). */
    private static void heapOfATenMegabyteStrategy() throws Exception {
        StrategyFiles files = new StrategyFiles();
        byte[] markdown = files.text(LargeStrategies.ofSize(10_000_000), FileFormat.MARKDOWN, false)
                .getBytes(StandardCharsets.UTF_8);
        long before = usedAfterGc();
        StrategyDocument open = files.read(markdown, FileFormat.MARKDOWN).document();
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "%nHeap held by the open 10 MB strategy (%,d bytes of Markdown, %,d risks): %.0f MB"
                + " (target < 150 MB)%n", markdown.length, open.getRisks().getRisks().size(),
                (after - before) / 1024.0 / 1024.0);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
