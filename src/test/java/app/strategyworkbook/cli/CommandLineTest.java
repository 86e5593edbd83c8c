package app.strategyworkbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's commands; what it says about bad files is in {@link HostileFilesTest}. */
class CommandLineTest {
    @TempDir
    Path dir;

    private final Commands commands = new Commands();

    private int run(String... args) {
        return commands.run(args);
    }

    private String out() {
        return commands.out();
    }

    private String err() {
        return commands.err();
    }

    @Test
    void theLineOfTheProblemIsGivenWhereKnown() throws Exception {
        Path in = dir.resolve("broken.json");
        Files.writeString(in, "{\n  \"schemaVersion\": 1,\n  \"overview\": {\n    \"mission\": \"x\",\n  }\n}\n");
        assertEquals(2, run("validate", in.toString()));
        assertTrue(err().contains("line 5"), err());
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        Path in = dir.resolve("truncated.json");
        Files.writeString(in, "{\"schemaVersion\": 1,");
        assertEquals(2, run("--debug", "validate", in.toString()));
        assertTrue(err().contains("\tat "), "stack trace with --debug");
    }

    @Test
    void convertsBothWaysAndBackToTheSameText() throws Exception {
        Path md = Path.of("samples/example-strategy.md");
        Path json = dir.resolve("strategy.json");
        Path back = dir.resolve("strategy.md");
        assertEquals(0, run("convert", md.toString(), json.toString()));
        assertEquals(0, run("convert", json.toString(), back.toString()));
        assertEquals(Files.readString(md), Files.readString(back));
        assertEquals(Files.readString(Path.of("samples/example-strategy.json")), Files.readString(json));
        app.strategyworkbook.format.json.ExampleStrategyJson.assertIsTheExample(Files.readString(json));
    }

    @Test
    void validatePrintsOneLinePerFindingAndExitsByTheWorst() throws Exception {
        assertEquals(0, run("validate", "samples/example-strategy.md", "samples/example-strategy.json"));
        assertEquals("", out());

        assertEquals(0, run("validate", "samples/company-strategy-template.md"));
        assertTrue(out().lines().allMatch(l -> l.startsWith("samples/company-strategy-template.md: warning: ")));
        assertTrue(out().contains(": warning: Company Overview > Mission: not filled in yet"), out());

        Path off = dir.resolve("off.md");
        Files.writeString(off, Files.readString(Path.of("samples/example-strategy.md"))
                .replace("| Customer Success | 10% |", "| Customer Success | 5% |"));
        commands.clearOut();
        assertEquals(1, run("validate", off.toString()));
        assertEquals(off + ": error: Resource Allocation > Investment %: the investment percentages add up to 95%, "
                + "not 100% (5% unallocated)", out().strip());

        assertEquals(2, run("validate", off.toString(), dir.resolve("missing.md").toString()));
        assertTrue(err().contains("there is no such file"), err());
    }

    @Test
    void helpVersionAndWrongUse() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("validate FILE...") && out().contains("convert IN OUT"));
        assertTrue(out().contains("export FILE OUT") && out().contains("export --one-page FILE OUT.pdf|OUT.png")
                && out().contains("export --handout FILE OUT.pdf"), out());
        assertEquals(0, run("--version"));
        assertTrue(out().contains("Strategy Workbook "));
        assertEquals(2, run("convert", "only-one.md"));
        assertEquals(2, run("--frobnicate"));
        assertTrue(err().contains("--help"));
    }

    @Test
    void tellsCommandsFromAFileToOpen() {
        assertTrue(CommandLine.isCommand("validate", "x.md"));
        assertTrue(CommandLine.isCommand("--debug", "convert", "a.md", "b.json"));
        assertTrue(CommandLine.isCommand("--version"));
        assertFalse(CommandLine.isCommand());
        assertFalse(CommandLine.isCommand("strategy.md"));
        assertFalse(CommandLine.isCommand("--verbose", "strategy.md"), "--verbose starts the window, timed");
    }

    private static final String EXAMPLE = "samples/example-strategy.md";

    @Test
    void exportWritesTheDeckAsAPdfAPowerPointAPicturePerSlideAndAHandout() throws Exception {
        int slides = app.strategyworkbook.present.Deck.shown(new app.strategyworkbook.files.StrategyFiles()
                .open(Path.of(EXAMPLE)).document()).size();
        assertEquals(0, run("export", EXAMPLE, dir.resolve("deck.pdf").toString()), err());
        assertEquals("Exported " + slides + " slides of " + EXAMPLE + " to " + dir.resolve("deck.pdf") + ".\n",
                out());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("deck.pdf").toFile())) {
            assertEquals(slides, pdf.getNumberOfPages());
        }
        assertEquals(0, run("export", EXAMPLE, dir.resolve("deck.pptx").toString()), err());
        assertEquals(0, run("export", EXAMPLE, dir.resolve("deck.png").toString()), err());
        try (var pictures = Files.list(dir.resolve("deck"))) {
            assertEquals(slides, pictures.count(), "a picture per slide in the folder named like the file");
        }
        assertTrue(Files.exists(dir.resolve("deck").resolve(String.format("slide-%02d.png", slides))));
        assertEquals(0, run("export", "--handout", EXAMPLE, dir.resolve("handout.pdf").toString()), err());
        assertEquals(0, run("export", "--one-page", EXAMPLE, dir.resolve("page.png").toString()), err());
        assertEquals(0, run("export", "--one-page", EXAMPLE, dir.resolve("page.pdf").toString()), err());
        assertEquals("", err());
    }

    @Test
    void exportToAnEndingItDoesNotKnowIsRefusedInOneSentenceAndWritesNothing() throws Exception {
        assertEquals(2, run("export", EXAMPLE, dir.resolve("deck.docx").toString()));
        assertEquals(2, run("export", "--one-page", EXAMPLE, dir.resolve("page.pptx").toString()));
        assertEquals(2, run("export", EXAMPLE));
        assertEquals(List.of("Cannot export to " + dir.resolve("deck.docx") + ": name it .pdf, .pptx or .png so "
                        + "the format is clear.",
                "Cannot export to " + dir.resolve("page.pptx") + ": name it .pdf or .png so the format is clear.",
                "export takes a strategy and a file to write (.pdf, .pptx or .png), with --one-page for the one-page "
                        + "summary or --handout for the slides with their speaker notes. Run with --help to see the "
                        + "commands."), err().lines().toList());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anExportThatFailsLeavesTheFileItWouldReplaceAsItWas() throws Exception {
        Path target = dir.resolve("deck.pdf");
        Files.writeString(target, "last week's deck");
        assertEquals(2, run("export", dir.resolve("missing.md").toString(), target.toString()));
        assertTrue(err().contains("there is no such file"), err());
        assertEquals("last week's deck", Files.readString(target));
        Path folder = dir.resolve("a-file");
        Files.writeString(folder, "not a folder");
        assertEquals(2, run("export", EXAMPLE, folder.resolve("deck.pdf").toString()));
        assertEquals(2, err().lines().count(), "one sentence each: " + err());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void speakerNotesSurviveAConvertToMarkdownAndBack() throws Exception {
        var doc = new app.strategyworkbook.files.StrategyFiles().open(Path.of(EXAMPLE)).document();
        doc.getRisks().setNotes("Start with the breach.");
        doc.getPillars().getPillars().get(0).setNotes("Ask the CTO.");
        Path json = dir.resolve("noted.json");
        Files.writeString(json, new app.strategyworkbook.format.json.JsonStrategyFormat().write(doc));
        assertEquals(0, run("convert", json.toString(), dir.resolve("copy.json").toString()), err());
        assertEquals("", err(), "JSON keeps them");
        assertEquals(0, run("convert", json.toString(), dir.resolve("noted.md").toString()), err());
        assertEquals(0, run("convert", dir.resolve("noted.md").toString(), dir.resolve("back.json").toString()),
                err());
        var back = new app.strategyworkbook.files.StrategyFiles().open(dir.resolve("back.json")).document();
        assertEquals("Start with the breach.", back.getRisks().getNotes());
        assertEquals("Ask the CTO.", back.getPillars().getPillars().get(0).getNotes());
        assertEquals("", err());
    }
}
