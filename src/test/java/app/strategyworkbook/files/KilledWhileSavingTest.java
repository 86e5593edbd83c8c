package app.strategyworkbook.files;

import app.strategyworkbook.format.FileFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed with SIGKILL in the middle of saving never leaves the strategy truncated or empty: the file is always
 * one whole version, the one before the interrupted save or the one it was writing, and so is its backup. The moments
 * of the kills are random; the seed is printed, and given in any failure, so that {@code -Dseed=…} replays the same
 * choices (the machine's own timing still varies from run to run).
 */
class KilledWhileSavingTest {
    private static final int KILLS = 200;

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesAWholeVersion() throws Exception {
        Path file = dir.resolve("strategy.md");
        StrategyFiles files = new StrategyFiles();
        long seed = Long.getLong("seed", new Random().nextLong());
        System.out.println("KilledWhileSavingTest: seed " + seed + " (replay with -Dseed=" + seed + ")");
        Random random = new Random(seed);
        String replay = " (seed " + seed + ", replay with -Dseed=" + seed + ")";
        int leftovers = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process saver = new ProcessBuilder(javaCommand(file)).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
                // Let it get saving (a few saves in), then kill it at a random moment within the next save or two.
                for (int saves = 0, wanted = 1 + random.nextInt(3); saves < wanted; saves++) {
                    String line = out.readLine();
                    assertTrue(line != null && line.matches("\\d+"), () -> "the saver stopped: " + line + replay);
                }
                Thread.sleep(random.nextInt(12));
                saver.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no finally block runs.
                assertTrue(saver.waitFor(10, TimeUnit.SECONDS), () -> "the saver outlived its kill" + replay);
            }
            assertWholeVersion(files, file, "after kill " + kill + replay);
            Path backup = StrategyFiles.backupOf(file);
            if (Files.exists(backup)) {
                assertWholeVersion(files, backup, "the backup after kill " + kill + replay);
            }
            try (var stray = Files.list(dir)) {
                for (Path p : stray.filter(p -> p.getFileName().toString().endsWith("saving")).toList()) {
                    leftovers++;
                    Files.delete(p);
                }
            }
        }
        System.out.println(KILLS + " kills while saving; temporary files left by a kill: " + leftovers + replay);
    }

    private static void assertWholeVersion(StrategyFiles files, Path file, String when) throws Exception {
        String text = Files.readString(file);
        int version = SaveLoop.versionIn(text);
        assertTrue(version >= 0, () -> when + ": the file holds no whole version (" + text.length() + " chars)");
        assertEquals(files.text(SaveLoop.version(version), FileFormat.MARKDOWN, false), text,
                when + ": version " + version + " is not whole");
    }

    private static List<String> javaCommand(Path file) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A small, quick JVM: it is started two hundred times.
        return List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString());
    }
}
