package app.strategyworkbook.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.format.json.PublishedSchema;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.format.markdown.Words;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Hand-written Markdown: the samples with random blocks put in between theirs (unknown headings, stray paragraphs,
 * labels the app knows and labels it does not, lists, tables with extra columns, quotes, code, comments) and list
 * markers changed. Every word the user wrote in such a file is still there after md → json → md (the template's
 * bracketed placeholders and list numbers are not words the user wrote: a real paragraph under "### Product
 * Portfolio" takes the placeholder's place, and lists are renumbered), and a second save changes nothing.
 */
class WordsKeptProperties {
    private static final String[] WORDS = {"growth", "Zürich", "café", "€5M", "£1.2M", "risk", "Q3", "2027", "*bold*",
            "`code`", "[link](https://example.com)", "a|b", "#tag", "[TBD]", "[3-4]", "naïve", "Kraków", "50%",
            "Med", "high", "<b>", "&amp;", "\\", "**x**"};
    private static final String[] LABELS = {"Who", "Description", "Status", "Budget", "Owner", "Target Market",
            "Pain Points", "Allocation", "Mission", "Key Initiatives"};

    private final MarkdownStrategyFormat markdown = new MarkdownStrategyFormat();
    private final JsonStrategyFormat json = new JsonStrategyFormat();

    @Property(tries = 150, seed = app.strategyworkbook.BuildSeed.SEED)
    void everyWordOfAHandWrittenFileSurvivesASave(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        String input = mutate(sample(random), random);
        // The JSON of a hand-written file holds what the generated strategies rarely do: kept text, spellings,
        // tables laid out their own way, cells of unknown columns.
        var opened = new app.strategyworkbook.files.StrategyFiles().read(input.getBytes(StandardCharsets.UTF_8),
                FileFormat.MARKDOWN);
        assertEquals(input, new app.strategyworkbook.files.StrategyFiles().text(opened.document(), FileFormat.MARKDOWN,
                opened.crlf(), opened.origin()), "a save with no edit changes nothing");
        String asJson = json.write(markdown.read(input));
        PublishedSchema.assertFollows(asJson, "the JSON of a hand-written Markdown file");
        String saved = markdown.write(json.read(asJson));
        Set<String> placeholders = Words.placeholdersOf(
                Files.readString(Path.of("samples/company-strategy-template.md"), StandardCharsets.UTF_8));
        Words.assertAllKept(Words.written(input, placeholders), saved);
        assertEquals(saved, markdown.write(markdown.read(saved)), "a second save changes nothing");
    }

    private static String sample(Random random) throws Exception {
        String[] files = {"samples/company-strategy-template.md", "samples/example-strategy.md",
                "src/test/resources/handwritten/loose-strategy.md"};
        return Files.readString(Path.of(files[random.nextInt(files.length)]), StandardCharsets.UTF_8);
    }

    private static String mutate(String text, Random random) {
        List<String> blocks = new ArrayList<>(List.of(text.split("\n\n", -1)));
        int inserts = 1 + random.nextInt(8);
        for (int i = 0; i < inserts; i++) {
            int at = random.nextInt(blocks.size() + 1);
            // Between blocks, not inside an HTML comment: a comment put inside another breaks it open.
            String before = String.join("\n\n", blocks.subList(0, at));
            if (before.split("<!--", -1).length == before.split("-->", -1).length) {
                blocks.add(at, block(random));
            }
        }
        String out = String.join("\n\n", blocks);
        if (random.nextBoolean()) {
            out = out.replace("\n- ", random.nextBoolean() ? "\n* " : "\n+ ");
        }
        return random.nextInt(4) == 0 ? out.replace("\n", "\r\n") : out;
    }

    private static String words(Random random, int max) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(max);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static String block(Random random) {
        return switch (random.nextInt(11)) {
            case 0 -> "## " + words(random, 3) + "\n\n" + words(random, 12);
            case 1 -> "### " + words(random, 3) + "\n" + words(random, 8);
            case 2 -> "**" + LABELS[random.nextInt(LABELS.length)] + ":** " + words(random, 8);
            case 3 -> "- " + words(random, 6) + "\n- " + words(random, 6);
            case 4 -> "1. **" + words(random, 2) + "**: " + words(random, 6);
            case 5 -> "| Risk | Likelihood | Impact | Owner | Mitigation Strategy |\n|---|---|---|---|---|\n| "
                    + words(random, 3) + " | Med | High | " + words(random, 2) + " | " + words(random, 4) + " |";
            case 6 -> "> " + words(random, 10);
            case 7 -> "```\n" + words(random, 6) + "\n```";
            case 8 -> "<!-- " + words(random, 8) + " -->";
            case 9 -> "---\n\n" + words(random, 5);
            default -> words(random, 15) + "\n" + words(random, 10);
        };
    }
}
