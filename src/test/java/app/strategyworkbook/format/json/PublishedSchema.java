package app.strategyworkbook.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The published JSON Schema, {@code schema/strategy-workbook.schema.json}, as the tests hold JSON to it, through
 * networknt's validator (a different reading of the format from the app's own).
 *
 * <p>JSON Schema judges a JSON value, so bytes are first parsed as one: a key given twice in an object, or anything
 * after the one value, is not a JSON value here (RFC 8259 leaves the first open; the schema cannot say it), and
 * numbers are kept exactly as written, so that {@code 1.0000000000000000000001} is not the version 1.
 */
public final class PublishedSchema {
    public static final Path FILE = Path.of("schema/strategy-workbook.schema.json");

    private static final JsonMapper PARSER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(tree());

    private PublishedSchema() {
    }

    /** The schema file as a JSON tree. */
    public static JsonNode tree() {
        try {
            return PARSER.readTree(Files.readString(FILE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the draft 2020-12 meta-schema finds wrong with the schema file itself; empty when it is a valid schema. */
    public static List<String> problemsAsASchema() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        return meta.validate(tree()).stream().map(Error::toString).toList();
    }

    /** Why the schema refuses these bytes, one line a reason; empty when it accepts them. */
    public static List<String> problems(byte[] utf8) {
        JsonNode document;
        try {
            document = PARSER.readTree(utf8);
        } catch (JsonProcessingException e) {
            return List.of("not one JSON value: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (NumberFormatException e) {
            // 1e444…4: JSON's grammar allows it, but no number can hold it, so no schema can judge it.
            return List.of("a number too large to read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document == null || document.isMissingNode()) {
            return List.of("no JSON value at all");
        }
        return problems(document);
    }

    public static List<String> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    public static List<String> problems(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    /** Fails, naming what and why, unless {@code json} follows the schema. */
    public static void assertFollows(String json, String what) {
        assertEquals(List.of(), problems(json), () -> what + " does not follow " + FILE + ":\n" + json);
    }
}
