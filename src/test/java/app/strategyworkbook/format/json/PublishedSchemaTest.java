package app.strategyworkbook.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.format.StrategyFormatException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The published schema, {@code schema/strategy-workbook.schema.json}, describes the JSON the app reads and writes:
 * every field, in its place, and no other. (Whether the reader refuses what the schema refuses is
 * {@link ReaderAgreesWithSchemaTest}'s.)
 */
class PublishedSchemaTest {
    private static final JsonMapper TREES = JsonMapper.builder().build();
    private final JsonStrategyFormat json = new JsonStrategyFormat();

    @Test
    void theSchemaIsAValidDraft2020_12Schema() {
        assertEquals(List.of(), PublishedSchema.problemsAsASchema());
        assertEquals("https://json-schema.org/draft/2020-12/schema", PublishedSchema.tree().get("$schema").asText());
    }

    @Test
    void everyFieldTheSchemaNamesIsReadIntoTheModelAndWrittenBackInItsPlace() throws Exception {
        JsonNode full = EveryField.fromSchema(PublishedSchema.tree());
        assertEquals(List.of(), PublishedSchema.problems(full), "the document made from the schema follows it");
        // Each text names its own place: a field the app did not know would be refused, one it read into another
        // field would come back elsewhere, and one it read but did not write would be missing.
        String written = json.write(json.read(TREES.writeValueAsString(full)));
        assertEquals(TREES.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(full)),
                TREES.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(TREES.readTree(written))));
    }

    @Test
    void everyFieldOfTheModelIsWrittenAsTheSchemaSays() {
        String written = json.write(EveryField.fromModel());
        // Every field filled: an empty object would be a part the filling missed, unchecked by the schema.
        assertFalse(written.contains("{ }"), () -> "a part of the model was left empty:\n" + written);
        PublishedSchema.assertFollows(written, "a strategy with every field of the model filled in");
    }

    @Test
    void theExampleStrategyFollowsTheSchema() throws Exception {
        PublishedSchema.assertFollows(Files.readString(Path.of("samples/example-strategy.json")),
                "samples/example-strategy.json");
    }

    @Test
    void theStoredFuzzInputsThatReadFollowTheSchema() throws Exception {
        Path inputs = Path.of("src/test/resources/app/strategyworkbook/format/fuzz/JsonReaderFuzzTestInputs/json");
        int read = 0;
        try (var files = Files.list(inputs)) {
            for (Path file : files.sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                try {
                    new StrategyFiles().read(bytes, FileFormat.JSON);
                } catch (StrategyFormatException refused) {
                    continue;
                }
                read++;
                assertEquals(List.of(), PublishedSchema.problems(bytes), file.toString());
            }
        }
        // The example strategy and the section given as null, at least; the others are refused.
        assertTrue(read >= 2, "stored inputs that read: " + read);
    }

    /**
     * What JSON Schema cannot say, the schema's description does: the reader's limits on size, depth and values
     * (hostile files H5, H16 to H18), in the numbers the reader uses.
     */
    @Test
    void theSchemaStatesTheLimitsItCannotExpress() {
        String description = PublishedSchema.tree().get("description").asText();
        for (String limit : List.of(
                StrategyFiles.MAX_BYTES / (1024 * 1024) + " MB",
                "more than " + JsonStrategyFormat.MAX_DEPTH + " levels deep",
                String.format(Locale.ROOT, "more than %,d values", JsonStrategyFormat.MAX_VALUES),
                String.format(Locale.ROOT, "more than %,d characters",
                        StreamReadConstraints.DEFAULT_MAX_STRING_LEN),
                "key given twice")) {
            assertTrue(description.contains(limit), () -> "the schema's description says \"" + limit + "\"");
        }
    }

    /** The tree with each object's fields in name order, as the document made from the schema has them. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            var out = TREES.createObjectNode();
            node.properties().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(field -> out.set(field.getKey(), sorted(field.getValue())));
            return out;
        }
        if (node.isArray()) {
            var out = TREES.createArrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }
}
