package app.strategyworkbook.bench;

import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.ui.WorkbookWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * How long the FX thread is kept from drawing while a large strategy (2,000 risks and as many competitors and
 * metrics) is opened and its heaviest tabs are shown: the longest gap between two frames in each step. Run under a
 * display (or Monocle): {@code java -cp target/test-classes:<class path> app.strategyworkbook.bench.LargeDocumentStalls}.
 */
public final class LargeDocumentStalls {
    private static final AtomicLong lastFrame = new AtomicLong();
    private static final AtomicLong longestGap = new AtomicLong();

    private LargeDocumentStalls() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempDirectory("large").resolve("large.md");
        var doc = LargeStrategies.ofSize(args.length > 0 ? Integer.parseInt(args[0]) : 800_000);
        Files.writeString(file, new StrategyFiles().text(doc, FileFormat.MARKDOWN, false));
        System.out.printf("%s: %,d bytes, %,d risks%n", file, Files.size(file), doc.getRisks().getRisks().size());
        CountDownLatch up = new CountDownLatch(1);
        WorkbookWindow[] window = new WorkbookWindow[1];
        Platform.startup(() -> {
            Stage stage = new Stage();
            window[0] = new WorkbookWindow(stage, "app/strategyworkbook/bench",
                    new app.strategyworkbook.recovery.RecoveryJournal(file.resolveSibling("recovery")));
            window[0].show(null);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long last = lastFrame.getAndSet(now);
                    if (last != 0) {
                        longestGap.accumulateAndGet((now - last) / 1_000_000, Math::max);
                    }
                }
            }.start();
            up.countDown();
        });
        up.await();
        Thread.sleep(1000);
        step("open the file", () -> window[0].open(file), () -> file.equals(window[0].workbook().file()));
        for (String tab : new String[] {"risks", "context", "pillars", "overview", "risks"}) {
            step("show the " + tab + " tab", () -> window[0].showTab(tab), () -> true);
        }
        // Every built tab is alive now, the risk matrix with its chips: an edit elsewhere must not rebuild it.
        var title = window[0].workbook().document().getHeader().titleProperty();
        step("type in the title", () -> title.set(title.get() + "!"), () -> true);
        step("undo it", () -> window[0].workbook().history().undo(), () -> true);
        Platform.exit();
    }

    private static void step(String what, Runnable action, java.util.function.BooleanSupplier done) throws Exception {
        Thread.sleep(300);
        longestGap.set(0);
        long start = System.nanoTime();
        Platform.runLater(action);
        while (!onFx(done)) {
            Thread.sleep(20);
        }
        // Whatever the step set off (layout, checks, charts, the rest of a tab coming on screen) happens in the next
        // frames.
        Thread.sleep(SETTLE_MS);
        System.out.printf("%-22s done in %5d ms; longest time between two frames: %4d ms%n", what,
                (System.nanoTime() - start) / 1_000_000 - SETTLE_MS, longestGap.get());
    }

    private static final int SETTLE_MS = 1500;

    private static boolean onFx(java.util.function.BooleanSupplier test) throws Exception {
        var result = new java.util.concurrent.CompletableFuture<Boolean>();
        Platform.runLater(() -> result.complete(test.getAsBoolean()));
        return result.get();
    }
}
