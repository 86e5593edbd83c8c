package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.Percentage;
import app.strategyworkbook.model.StrategyDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The corpus of strategies written their own way ({@code src/test/resources/strategies}, described in its README):
 * each file is read as a user opens it and compared with what a careful reader finds in it, its
 * {@code .expect.json}. Every file opens; across the corpus at least 90% of what is there is recognised, and nothing
 * is invented (a count above the expected one is a misreading, a Total row taken for an allocation, say); no word is
 * lost; and a save with no edit gives the file back byte for byte.
 */
class CorpusExpectationTest {
    private static final Path CORPUS = Path.of("src/test/resources/strategies");
    private final StrategyFiles files = new StrategyFiles();

    static List<Path> corpus() throws Exception {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        }
    }

    /** One thing a reader finds in a file, as expected and as the app found it. */
    private record Item(String file, String what, int expected, int found) {
        int recognised() {
            return Math.min(expected, found);
        }
    }

    @Test
    void everyFileOpensAndAtLeastNineTenthsOfWhatIsThereIsRecognisedWithNothingInvented() throws Exception {
        List<Item> items = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path file : corpus()) {
            JsonNode expect = new ObjectMapper().readTree(expectation(file).toFile());
            StrategyDocument doc;
            try {
                doc = files.read(Files.readAllBytes(file), FileFormat.MARKDOWN).document();
            } catch (StrategyFormatException e) {
                refused.add(file.getFileName() + ": " + e.getMessage());
                doc = null;
            }
            items.addAll(compare(file.getFileName().toString(), expect, doc));
        }
        int expected = items.stream().mapToInt(Item::expected).sum();
        int recognised = items.stream().mapToInt(Item::recognised).sum();
        StringBuilder report = new StringBuilder();
        Map<String, int[]> byWhat = new LinkedHashMap<>();
        for (Item item : items) {
            int[] sums = byWhat.computeIfAbsent(item.what(), w -> new int[2]);
            sums[0] += item.expected();
            sums[1] += item.recognised();
            if (item.found() != item.expected()) {
                report.append(String.format("  %-40s %-22s expected %3d found %3d%n", item.file(), item.what(),
                        item.expected(), item.found()));
            }
        }
        report.append(String.format("recognised %d of %d (%.1f%%)%n", recognised, expected,
                100.0 * recognised / expected));
        byWhat.forEach((what, sums) -> report.append(String.format("  %-22s %3d of %3d%n", what, sums[1], sums[0])));
        System.out.println(report);
        assertEquals(List.of(), refused, "every file opens");
        assertTrue(recognised * 10 >= expected * 9, report::toString);
        List<Item> invented = items.stream().filter(i -> i.found() > i.expected()).toList();
        assertEquals(List.of(), invented, "nothing is found that is not there\n" + report);
    }

    private static Path expectation(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".expect.json");
    }

    /** The expectation's facts, each as a count: how many there are, and how many the app found. */
    static List<Item> compare(String file, JsonNode expect, StrategyDocument doc) {
        List<Item> items = new ArrayList<>();
        boolean none = doc == null;
        items.add(new Item(file, "title", 1, !none && plain(doc.getHeader().getTitle())
                .equals(expect.get("title").asText()) ? 1 : 0));
        items.add(statement(file, "mission", expect, none ? "" : doc.getOverview().getMission()));
        items.add(statement(file, "vision", expect, none ? "" : doc.getOverview().getVision()));
        items.add(count(file, "values", expect, none ? 0 : doc.getOverview().getValues().size()));
        items.add(count(file, "pillars", expect, none ? 0 : doc.getPillars().getPillars().size()));
        items.add(count(file, "risks", expect, none ? 0 : doc.getRisks().getRisks().size()));
        items.add(count(file, "risksWithBothLevels", expect, none ? 0 : (int) doc.getRisks().getRisks().stream()
                .filter(r -> doc.getRisks().likelihood(r).isPresent() && doc.getRisks().impact(r).isPresent())
                .count()));
        items.add(count(file, "allocations", expect, none ? 0 : doc.getResources().getAllocations().size()));
        if (!expect.get("allocationTotal").isNull()) {
            BigDecimal total = none ? null : doc.getResources().getAllocations().stream()
                    .map(a -> Percentage.parse(a.getInvestment()).orElse(null))
                    .reduce(BigDecimal.ZERO, (a, b) -> a == null || b == null ? null : a.add(b));
            items.add(new Item(file, "allocationTotal", 1, total != null
                    && total.compareTo(expect.get("allocationTotal").decimalValue()) == 0 ? 1 : 0));
        }
        items.add(count(file, "competitors", expect, none ? 0 : doc.getContext().getCompetitors().size()));
        items.add(count(file, "segments", expect, none ? 0 : doc.getSegments().getSegments().size()));
        items.add(count(file, "marketSizes", expect, none ? 0 : (int) java.util.stream.Stream.of(
                doc.getContext().getTam(), doc.getContext().getSam(), doc.getContext().getSom())
                .filter(size -> !size.isBlank()).count()));
        items.add(text(file, "nextReview", expect, none ? "" : doc.getFooter().getNextReview()));
        items.add(text(file, "owner", expect, none ? "" : doc.getFooter().getOwner()));
        return items;
    }

    private static Item count(String file, String what, JsonNode expect, int found) {
        return new Item(file, what, expect.get(what).asInt(), found);
    }

    /** A statement expected there counts one when found; one expected absent counts nothing, and found is invented. */
    private static Item statement(String file, String what, JsonNode expect, String found) {
        return new Item(file, what, expect.get(what).asBoolean() ? 1 : 0, found.isBlank() ? 0 : 1);
    }

    private static Item text(String file, String what, JsonNode expect, String found) {
        JsonNode want = expect.get(what);
        if (want.isNull()) {
            return new Item(file, what, 0, found.isBlank() ? 0 : 1);
        }
        return new Item(file, what, 1, plain(found).equals(want.asText()) ? 1 : 0);
    }

    /** Text without emphasis markers and backslash escapes, as the expectation files write it. */
    private static String plain(String markdown) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length()) {
                out.append(markdown.charAt(++i));
            } else if (c != '*' && c != '_') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    @Test
    void nothingIsLostWhenTheFileIsWrittenInTheTemplatesShape() throws Exception {
        for (Path file : corpus()) {
            byte[] bytes = Files.readAllBytes(file);
            StrategyDocument doc = files.read(bytes, FileFormat.MARKDOWN).document();
            String whole = new MarkdownStrategyFormat().write(doc);
            // A list's numbers are its structure, written anew, and so are the labels the reader recognised
            // ("Probability:" in a risk's block is written as the risk table's column): not words the user wrote.
            Words.assertAllKept(Words.written(new String(bytes, StandardCharsets.UTF_8), recognisedLabels(doc)),
                    whole);
        }
    }

    /** The labels a document's file spelled its own way, as the file wrote them, bold or plain. */
    private static java.util.Set<String> recognisedLabels(StrategyDocument doc) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        List<app.strategyworkbook.model.Part> parts = new ArrayList<>(List.of(doc.getDocumentKept()));
        for (var part : app.strategyworkbook.template.DocumentPart.values()) {
            parts.add(part.keeping(doc));
        }
        parts.addAll(doc.getPillars().getPillars());
        for (var part : parts) {
            part.getSpellings().forEach((place, asWritten) -> {
                if (place.startsWith("**")) {
                    for (String form : List.of("**%s:**", "**%s**:", "%s:")) {
                        labels.add(form.formatted(asWritten));
                    }
                }
            });
        }
        for (var field : app.strategyworkbook.template.Template.all()) {
            for (String label : concat(field.label(), field.aliases())) {
                for (String form : List.of("**%s:**", "**%s**:", "%s:")) {
                    labels.add(form.formatted(label));
                }
            }
        }
        return labels;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    @Test
    void aSaveWithNoEditGivesEveryFileBackByteForByte() throws Exception {
        List<String> differ = new ArrayList<>();
        for (Path file : corpus()) {
            byte[] bytes = Files.readAllBytes(file);
            StrategyFiles.Opened opened = files.read(bytes, FileFormat.MARKDOWN);
            String saved = files.text(opened.document(), FileFormat.MARKDOWN, opened.crlf(), opened.origin());
            if (!java.util.Arrays.equals(bytes, saved.getBytes(StandardCharsets.UTF_8))) {
                differ.add(file.getFileName().toString());
            }
        }
        assertEquals(List.of(), differ);
    }
}
