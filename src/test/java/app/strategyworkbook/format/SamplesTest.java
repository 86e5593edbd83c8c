package app.strategyworkbook.format;

import app.strategyworkbook.files.StrategyFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.StrategyChecks;
import app.strategyworkbook.format.json.ExampleStrategyJson;
import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples users open first: kept in sync across formats, and clean under the checks. */
class SamplesTest {
    private static final Path EXAMPLE_MD = Path.of("samples/example-strategy.md");
    private static final Path EXAMPLE_JSON = Path.of("samples/example-strategy.json");
    private static final Path TEMPLATE = Path.of("samples/company-strategy-template.md");

    private final MarkdownStrategyFormat markdown = new MarkdownStrategyFormat();
    private final JsonStrategyFormat json = new JsonStrategyFormat();

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void exampleMarkdownAndJsonHoldTheSameStrategy() throws Exception {
        assertEquals(read(EXAMPLE_JSON), json.write(markdown.read(read(EXAMPLE_MD))),
                "samples/example-strategy.json is out of date: regenerate it with "
                        + "`java -jar target/strategy-workbook.jar convert samples/example-strategy.md "
                        + "samples/example-strategy.json`");
        assertEquals(read(EXAMPLE_MD), markdown.write(json.read(read(EXAMPLE_JSON))));
    }

    /**
     * The sample JSON is the app's own output, which other tests compare saves with; here it, and the writer's JSON of
     * the Markdown sample, are held to the schema and to the example's fields written out by hand.
     */
    @Test
    void exampleJsonFollowsTheSchemaAndHoldsTheExampleByTheDocumentedNames() throws Exception {
        ExampleStrategyJson.assertIsTheExample(read(EXAMPLE_JSON));
        ExampleStrategyJson.assertIsTheExample(json.write(markdown.read(read(EXAMPLE_MD))));
    }

    @Test
    void exampleSurvivesBothRoundTripsUnchanged() throws Exception {
        String md = read(EXAMPLE_MD);
        assertEquals(md, markdown.write(json.read(json.write(markdown.read(md)))), "md -> json -> md");
        String js = read(EXAMPLE_JSON);
        assertEquals(js, json.write(markdown.read(markdown.write(json.read(js)))), "json -> md -> json");
    }

    @Test
    void theAppsNewDocumentIsTheTemplateInSamples() throws Exception {
        try (var in = StrategyFiles.class.getResourceAsStream("/app/strategyworkbook/company-strategy-template.md")) {
            assertEquals(read(TEMPLATE), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(json.write(markdown.read(read(TEMPLATE))), json.write(new StrategyFiles().newDocument()));
    }

    @Test
    void bothSamplesPassTheChecksWithNoErrors() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 25);
        List<Finding> example = new StrategyChecks().check(markdown.read(read(EXAMPLE_MD)), today);
        assertEquals(List.of(), example, "the example strategy is complete and consistent");
        List<Finding> template = new StrategyChecks().check(markdown.read(read(TEMPLATE)), today);
        assertFalse(StrategyChecks.hasErrors(template), () -> template.toString());
        assertFalse(template.isEmpty(), "the blank template is reported as not filled in");
    }

    @Test
    void crlfTemplateRoundTripsWithItsLineEndings() throws Exception {
        String crlf = read(TEMPLATE).replace("\n", "\r\n");
        var reading = markdown.readWithDetails(crlf);
        assertEquals(crlf, markdown.write(reading.document(), reading.crlf()));
    }
}
