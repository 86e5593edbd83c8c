package app.strategyworkbook.format.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.format.json.PublishedSchema;
import app.strategyworkbook.format.markdown.Words;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The rule both fuzz tests hold the readers to: any bytes give either a document or the project's own one-sentence
 * error, never another exception; Markdown that reads is written back byte for byte when nothing was edited; and a
 * document that reads is saved whole, read again and saved again, and both saves are the same file. For JSON the two reads are also the same model. For Markdown every word the file held is in the
 * save: the model may differ in where it anchors text it kept from an odd file (say, a section given twice), but
 * never in what is written. JSON the reader reads follows the published schema, and so does its save; JSON it refuses,
 * the schema refuses too.
 */
public final class ReaderRule {
    private static final StrategyFiles FILES = new StrategyFiles();
    /** The model written out in full: two documents are the same when these are equal. */
    private static final JsonStrategyFormat MODEL_DUMP = new JsonStrategyFormat();

    /**
     * The template's placeholders, labels and headings: a field given twice keeps the filled copy, not the
     * placeholder, and a section or sub-heading given twice is one heading in the save (its text is all kept).
     */
    private static final Set<String> TEMPLATE_GUIDANCE = guidance();

    /**
     * "Pillar 4" (or "Pillar4"), anywhere, with its number taken off: pillars are numbered by their place.
     */
    private static final java.util.regex.Pattern PILLAR_NUMBER = java.util.regex.Pattern.compile(
            "(?i)(pillar)[ \t]*\\d+(?![\\p{L}\\p{N}])");
    /** A heading's own number ("4. Trust", "Priority 2: Win"), which is a pillar's where the heading is a pillar's. */
    private static final java.util.regex.Pattern HEADING_NUMBER = java.util.regex.Pattern.compile(
            "^([ \t]*#{0,6}[ \t]*[^\\p{L}\\p{N}\\n]{0,8}?(?:[\\p{L} ]{1,20}?[ \t]*#?)?)"
            + "(?<![\\p{L}\\p{N}])\\d{1,2}(?=[ \t]*[.):\\-\u2013\u2014])");
    private static final org.commonmark.parser.Parser HEADINGS = org.commonmark.parser.Parser.builder()
            .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS).build();

    /**
     * The text with pillar numbers taken off: "Pillar 4" anywhere, and a heading's own number in every heading up to
     * the third level, however it is written ("## 4. Trust", or "4. Trust" underlined). The writer chooses a
     * heading's level and form (a file's "## Resource 1.Allocation" is saved as the "###" under "## Resource
     * Allocation"; an underlined title as "# …"), so the numbers are set aside alike on both sides.
     */
    private static String withoutPillarNumbers(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        HEADINGS.parse(text).accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                if (heading.getLevel() <= 6 && !heading.getSourceSpans().isEmpty()) {
                    int line = heading.getSourceSpans().get(0).getLineIndex();
                    if (line < lines.length) {
                        lines[line] = HEADING_NUMBER.matcher(lines[line]).replaceAll("$1");
                    }
                }
            }
        });
        String numbered = PILLAR_NUMBER.matcher(String.join("\n", lines)).replaceAll("$1");
        return RISK_HEADING.matcher(numbered).replaceAll("$1");
    }

    /**
     * The word that makes a heading a risk's block ("### risk: Bean prices double"): structure, as a pillar's number
     * is. A document written whole gives its risks as the template's table, whose "Risk" column says it instead.
     */
    private static final java.util.regex.Pattern RISK_HEADING = java.util.regex.Pattern.compile(
            "(?im)^([ \t]*#{1,6}[ \t]*)risk[ \t]*:");

    private ReaderRule() {
    }

    public static void check(byte[] bytes, FileFormat format) {
        StrategyFiles.Opened first;
        try {
            first = FILES.read(bytes, format);
        } catch (StrategyFormatException refused) {
            assertClearSentence(refused.getMessage(), new String(bytes, StandardCharsets.UTF_8));
            if (format == FileFormat.JSON && !tooLargeForTheReader(refused)) {
                assertFalse(PublishedSchema.problems(bytes).isEmpty(),
                        () -> "the reader refuses what the published schema accepts: " + refused.getMessage());
            }
            return;
        }
        if (format == FileFormat.JSON) {
            assertEquals(List.of(), PublishedSchema.problems(bytes), "the reader reads what the schema refuses");
        } else {
            // Any bytes that open are written back unchanged when nothing was edited.
            String unedited = FILES.text(first.document(), format, first.crlf(), first.origin());
            assertEquals(new String(bytes, StandardCharsets.UTF_8), unedited, "a save with no edit changed the file");
            org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, unedited.getBytes(StandardCharsets.UTF_8),
                    "a save with no edit changed the file's bytes");
        }
        String saved = FILES.text(first.document(), format, first.crlf());
        if (format == FileFormat.JSON) {
            PublishedSchema.assertFollows(saved, "the save of a JSON file");
        }
        StrategyFiles.Opened second;
        try {
            second = FILES.read(saved.getBytes(StandardCharsets.UTF_8), format);
        } catch (StrategyFormatException e) {
            throw new AssertionError("what the app saved could not be read back: " + e.getMessage(), e);
        }
        assertEquals(saved, FILES.text(second.document(), format, second.crlf()), "a second save differs");
        if (format == FileFormat.JSON) {
            assertEquals(MODEL_DUMP.write(first.document()), MODEL_DUMP.write(second.document()),
                    "the document changed on a save and a second read");
        } else {
            // Pillars are numbered by their place, as list items are: "### Pillar 4" alone is saved as Pillar 1. Their
            // numbers are left out of the count on both sides.
            String input = withoutPillarNumbers(withoutTemplateHeadings(new String(bytes, StandardCharsets.UTF_8)));
            Words.assertAllKept(Words.written(input, TEMPLATE_GUIDANCE), withoutPillarNumbers(saved));
        }
    }

    /**
     * The reader's limits on size, nesting and the number of values are its own, beyond what JSON Schema can say
     * (the schema's description states them): there the two may differ.
     */
    private static boolean tooLargeForTheReader(StrategyFormatException refused) {
        String message = refused.getMessage();
        return message.contains("levels deep") || message.contains("far longer than any strategy field")
                || message.contains("values, far more than any strategy") || message.contains("a strategy file may be")
                || message.contains("larger than a strategy file can be");
    }

    private static Set<String> guidance() {
        return Words.placeholdersOf(template());
    }

    /** The template's own heading lines, which a file that repeats them gets back once. */
    private static final Set<String> TEMPLATE_HEADINGS = Set.copyOf(
            template().lines().filter(line -> line.startsWith("#")).toList());

    /** The input without whole lines that are the template's headings. */
    private static String withoutTemplateHeadings(String text) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(line -> out.append(TEMPLATE_HEADINGS.contains(line.strip()) ? "" : line).append('\n'));
        return out.toString();
    }

    private static String template() {
        try (var in = ReaderRule.class.getResourceAsStream("/app/strategyworkbook/company-strategy-template.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Words of the program, not the user's: an error may quote the file, but not the code that read it. */
    private static final List<String> PROGRAM_TERMS = List.of("Exception", "java.", "com.fasterxml", "org.commonmark",
            "app.strategyworkbook", "\tat ");

    private static void assertClearSentence(String message, String input) {
        assertTrue(message != null && !message.isBlank(), "an error without words");
        assertFalse(message.contains("\n"), () -> "an error of more than one line: " + message);
        for (String term : PROGRAM_TERMS) {
            assertFalse(message.contains(term) && !input.contains(term),
                    () -> "an error in the program's terms, not the user's: " + message);
        }
    }
}
