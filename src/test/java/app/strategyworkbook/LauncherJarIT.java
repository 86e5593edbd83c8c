package app.strategyworkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a user runs it: {@code java -jar target/strategy-workbook.jar} in a separate JVM with
 * nothing else on the class path and no display. The commands work and never load the JavaFX toolkit.
 */
class LauncherJarIT {
    private static final Path JAR = Path.of("target/strategy-workbook.jar");

    @TempDir
    Path dir;

    private record Result(int exit, String out) {
    }

    private Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load=info", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), out);
    }

    private static void assertNoToolkit(Result result) {
        for (String toolkit : List.of("javafx.application.Platform ", "com.sun.javafx.application.PlatformImpl ",
                "com.sun.glass.", "com.sun.prism.")) {
            assertFalse(result.out().contains(toolkit), () -> "the JavaFX toolkit was loaded: " + toolkit);
        }
    }

    @Test
    void validateAndConvertRunFromTheJarWithNoDisplay() throws Exception {
        Result validate = java("validate", "samples/example-strategy.md");
        assertEquals(0, validate.exit(), validate.out());
        assertNoToolkit(validate);

        Path json = dir.resolve("strategy.json");
        Result convert = java("convert", "samples/example-strategy.md", json.toString());
        assertEquals(0, convert.exit(), convert.out());
        assertNoToolkit(convert);
        assertEquals(Files.readString(Path.of("samples/example-strategy.json")), Files.readString(json));
    }

    @Test
    void versionAndErrorsFromTheJar() throws Exception {
        Result version = java("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().contains("Strategy Workbook 0."), version.out());
        Result missing = java("validate", dir.resolve("nothing.md").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.out().contains("there is no such file"));
    }
}
