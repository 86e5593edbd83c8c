package app.strategyworkbook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandLineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Each bad input: its file name, its bytes, and a phrase the one-sentence message must have. */
    static Stream<Arguments> badInputs() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        byte[] invalidUtf8 = "## Company Overview\n\n### Mission\nCaf\u00e9 ".getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = new byte[invalidUtf8.length + 3];
        System.arraycopy(invalidUtf8, 0, withBadByte, 0, invalidUtf8.length);
        withBadByte[invalidUtf8.length] = (byte) 0xC3;
        withBadByte[invalidUtf8.length + 1] = (byte) 0x28;
        withBadByte[invalidUtf8.length + 2] = '\n';
        return Stream.of(
                Arguments.of("empty.md", new byte[0], "it is empty"),
                Arguments.of("blank.json", "  \n\n ".getBytes(StandardCharsets.UTF_8), "it is empty"),
                Arguments.of("picture.md", binary, "not a text file"),
                Arguments.of("latin1.md", withBadByte, "not UTF-8 text"),
                Arguments.of("truncated.json", "{\"schemaVersion\": 1,\n \"overview\": {\"mission\": \"To"
                        .getBytes(StandardCharsets.UTF_8), "not valid JSON"),
                Arguments.of("shape.json", "{\"schemaVersion\": 1, \"pillars\": \"three\"}"
                        .getBytes(StandardCharsets.UTF_8), "wrong shape"),
                Arguments.of("list.json", "[1, 2]".getBytes(StandardCharsets.UTF_8), "not a strategy"),
                Arguments.of("future.json", "{\"schemaVersion\": 7}".getBytes(StandardCharsets.UTF_8),
                        "newer version of Strategy Workbook"),
                Arguments.of("notes.md", "# Shopping\n\n- milk\n- bread\n".getBytes(StandardCharsets.UTF_8),
                        "does not look like a company strategy"),
                Arguments.of("strategy.txt", "## Company Overview\n".getBytes(StandardCharsets.UTF_8),
                        "Markdown (.md, .markdown) and JSON (.json)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aBadFileGetsOneSentenceExitCodeTwoAndNothingWritten(String name, byte[] bytes, String phrase)
            throws Exception {
        Path in = dir.resolve(name);
        Files.write(in, bytes);
        Path target = dir.resolve("out.json");
        assertEquals(2, run("convert", in.toString(), target.toString()));
        assertOneSentence(in, phrase);
        assertFalse(Files.exists(target), "convert wrote nothing");

        Path existing = dir.resolve("existing.md");
        Files.writeString(existing, "keep me");
        err.reset();
        assertEquals(2, run("convert", in.toString(), existing.toString()));
        assertEquals("keep me", Files.readString(existing), "an existing file is not replaced on failure");

        err.reset();
        assertEquals(2, run("validate", in.toString()));
        assertOneSentence(in, phrase);
        assertArrayEquals(bytes, Files.readAllBytes(in), "the input is untouched");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    private void assertOneSentence(Path file, String phrase) {
        String message = err().strip();
        assertFalse(message.contains("\n"), () -> "one line, got: " + message);
        assertTrue(message.contains(file.toString()), () -> "names the file: " + message);
        assertTrue(message.contains(phrase), () -> "says \"" + phrase + "\": " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), () -> "no stack trace: " + message);
        assertTrue(message.endsWith("."), () -> "a sentence: " + message);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws Exception {
        Path big = dir.resolve("huge.md");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(33L * 1024 * 1024);
        }
        assertEquals(2, run("validate", big.toString()));
        assertOneSentence(big, "larger than the 32 MB");
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
        out.reset();
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
    }
}
