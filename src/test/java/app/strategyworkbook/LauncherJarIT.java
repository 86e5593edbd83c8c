package app.strategyworkbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
        return java(environment, args);
    }

    /** Runs the jar with {@code environment} as all its environment, as on a server or over SSH. */
    private Result java(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load=info", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
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
        app.strategyworkbook.format.json.ExampleStrategyJson.assertIsTheExample(Files.readString(json));
    }

    /**
     * What a CI job runs to publish the deck on every change: each export, from the jar, with no display, never
     * loading the JavaFX toolkit and printing one line of what it did, nothing of the libraries' logging.
     */
    @Test
    void exportWritesTheDeckAndTheOnePageSummaryFromTheJarWithNoDisplay() throws Exception {
        int slides = app.strategyworkbook.present.Deck.shown(new app.strategyworkbook.files.StrategyFiles()
                .open(Path.of("samples/example-strategy.md")).document()).size();
        for (String name : List.of("deck.pdf", "deck.pptx", "deck.png")) {
            Result export = java("export", "samples/example-strategy.md", dir.resolve(name).toString());
            assertEquals(0, export.exit(), export.out());
            assertNoToolkit(export);
            assertNoStackTrace(export);
            String said = export.out().lines().filter(l -> !l.startsWith("[")).reduce("", (a, b) -> a + b + "\n");
            assertEquals(1, said.lines().count(), "one line: " + said);
            assertTrue(said.startsWith("Exported " + slides + " slides of samples/example-strategy.md"), said);
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("deck.pdf").toFile())) {
            assertEquals(slides, pdf.getNumberOfPages());
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("Key Risks"));
        }
        try (var in = Files.newInputStream(dir.resolve("deck.pptx"));
             var show = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            assertEquals(slides, show.getSlides().size());
        }
        try (var pictures = Files.list(dir.resolve("deck"))) {
            assertEquals(slides, pictures.count());
        }
        for (String name : List.of("page.pdf", "page.png")) {
            Result onePage = java("export", "--one-page", "samples/example-strategy.md", dir.resolve(name).toString());
            assertEquals(0, onePage.exit(), onePage.out());
            assertNoToolkit(onePage);
            assertTrue(Files.size(dir.resolve(name)) > 10_000);
        }
        Result wrong = java("export", "samples/example-strategy.md", dir.resolve("deck.docx").toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.out().contains("name it .pdf, .pptx or .png"), wrong.out());
        assertFalse(Files.exists(dir.resolve("deck.docx")));
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

    /** A stack trace's lines, or the JVM's report of an exception nobody caught. */
    private static void assertNoStackTrace(Result result) {
        assertFalse(result.out().contains("\tat ") || result.out().contains("Exception in thread"), result.out());
    }

    @Test
    void anUnknownCommandWordIsRefusedInOneSentenceAndNoWindowIsStarted() throws Exception {
        Result unknown = java("publish", "a", "b", "c");
        assertEquals(2, unknown.exit(), unknown.out());
        assertTrue(unknown.out().contains("Unknown command \"publish\": the commands are convert, validate, export, get, "
                + "set, --help and --version"), unknown.out());
        assertNoToolkit(unknown);
    }

    @Test
    void withNoDisplayTheWindowIsRefusedInOneSentenceBeforeTheToolkitLoads() throws Exception {
        for (String[] args : List.of(new String[] {}, new String[] {"samples/example-strategy.md"},
                new String[] {"--verbose", "--debug"})) {
            Result window = java(Map.of(), args);
            assertEquals(2, window.exit(), window.out());
            assertTrue(window.out().contains(app.strategyworkbook.cli.Display.NONE), window.out());
            assertNoToolkit(window);
            assertNoStackTrace(window);
        }
        Result validate = java(Map.of(), "validate", "samples/example-strategy.md");
        assertEquals(0, validate.exit(), "the commands the sentence names work there: " + validate.out());
    }

    @Test
    void aDisplayThatCannotBeOpenedIsSaidTheSameWayWithTheStackTraceOnlyWithDebug() throws Exception {
        // Display 4242: named, but no X server listens there.
        Result window = java(Map.of("DISPLAY", ":4242"), "samples/example-strategy.md");
        Assumptions.assumeFalse(window.out().contains("Unable to load glass GTK library"),
                "this machine has no GTK, so JavaFX fails before it looks for the display");
        assertEquals(2, window.exit(), window.out());
        assertTrue(window.out().contains(app.strategyworkbook.cli.Display.NONE), window.out());
        assertNoStackTrace(window);

        Result debug = java(Map.of("DISPLAY", ":4242"), "--debug", "samples/example-strategy.md");
        assertEquals(2, debug.exit(), debug.out());
        assertTrue(debug.out().contains(app.strategyworkbook.cli.Display.NONE), debug.out());
        assertTrue(debug.out().contains("\tat "), "--debug shows the stack trace: " + debug.out());
    }
}
