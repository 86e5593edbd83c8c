package app.strategyworkbook.format.fuzz;

import app.strategyworkbook.format.FileFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Small files made of the template's and the samples' own lines, shuffled together with lines that sit oddly in a
 * strategy (a stray "---", a footer line, a form feed, an indented list, a link definition) and with a letter's case
 * changed or a character put in here and there. The reader rule must hold for each. Where the fuzzers mutate bytes,
 * this puts the app's own words in places and spellings the writer does not: the kind of file that has found most
 * of the reader's bugs. A failure shrinks to a few lines.
 */
class MixedLinesProperties {
    private static final Path FUZZ_INPUTS =
            Path.of("src/test/resources/app/strategyworkbook/format/fuzz/MarkdownReaderFuzzTestInputs/markdown");
    private static final List<String> ODD = List.of("", "---", "===", "-", "\f", "\t- x", "   text", "    code",
            "  - item", "1. one", "2) two", "* star", "| x |", "|---|---|", "<div>", "<!-- Example -->", "-->", "```",
            "> quote", "[link]: http://example.com", "**Strategy Owner:** [CEO Name]", "**Last Major Update:** [Date]",
            "**Status:** Draft", "### Pillar 1: X", "## Appendix", "# Title", "By Q4 2026, we will have achieved:",
            "- [Metric 1]: Target [value]", "**Key Initiatives:**", "text");
    private static final String[] INSERTS = {" ", "\t", "\r", "\f", "*", "_", "|", "#", "-", ":", "(", ")", "[", "]",
        "\\", "`", ">", "<", "1.", "**"};
    private static final List<String> LINES = lines();

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(LINES)), net.jqwik.api.Tuple.of(1, Arbitraries.of(ODD)));
        Arbitrary<String> changed = Combinators.combine(line, Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 1000)).as(MixedLinesProperties::change);
        return changed.list().ofMinSize(2).ofMaxSize(14).map(lines -> String.join("\n", lines) + "\n");
    }

    @Property(tries = 10000, seed = app.strategyworkbook.BuildSeed.SEED)
    void aFileOfMixedLinesReadsSavesAndKeepsItsWords(@ForAll("files") String file) {
        ReaderRule.check(file.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN);
    }

    /** The line as it is, or with one letter's case changed, or a character put in, chosen by {@code how}. */
    private static String change(String line, int how, int at) {
        if (line.isEmpty() || how > 5) {
            return line;
        }
        int k = at % line.length();
        if (how <= 3) {
            char c = line.charAt(k);
            char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
            return line.substring(0, k) + flipped + line.substring(k + 1);
        }
        return line.substring(0, k) + INSERTS[at % INSERTS.length] + line.substring(k);
    }

    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> inputs = Files.list(FUZZ_INPUTS)) {
            List<Path> files = new ArrayList<>(List.of(Path.of("samples/company-strategy-template.md"),
                    Path.of("samples/example-strategy.md")));
            inputs.sorted().forEach(files::add);
            for (Path file : files) {
                lines.addAll(List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }
}
