package app.strategyworkbook.format.json;

import app.strategyworkbook.format.StrategyArbitraries;
import app.strategyworkbook.model.StrategyDocument;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Valid strategies, each changed in one place at random: a field dropped, a value of another kind put in its place,
 * a field added that this place does not have (an unknown name, or a name the format uses elsewhere), a part moved
 * where another belongs, a key given twice. Whatever the change, the reader and the published schema agree on
 * whether the document is a strategy.
 */
class ReaderAgreesWithSchemaProperties {
    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonStrategyFormat JSON = new JsonStrategyFormat();
    /** Every field name the schema has, anywhere: the names most likely to be put in the wrong place. */
    private static final List<String> NAMES = namesIn(PublishedSchema.tree());

    @Provide
    Arbitrary<StrategyDocument> strategies() {
        return StrategyArbitraries.documents();
    }

    @Property(tries = 400, seed = app.strategyworkbook.BuildSeed.SEED)
    void aValidStrategyChangedInOnePlaceIsReadOnlyWhereTheSchemaAcceptsIt(
            @ForAll("strategies") StrategyDocument strategy, @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        JsonNode document = TREES.readTree(JSON.write(strategy));
        String changed = change(document, random);
        ReaderAgreesWithSchemaTest.Verdicts.of(changed.getBytes(StandardCharsets.UTF_8)).assertAgree(changed);
    }

    /** The document changed in one place, as JSON text. */
    private static String change(JsonNode document, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(document, containers);
        JsonNode at = containers.get(random.nextInt(containers.size()));
        switch (random.nextInt(6)) {
            case 0 -> dropOne(at, random);
            case 1 -> replaceOne(at, random, ignored -> otherKind(random));
            case 2 -> {
                if (at instanceof ObjectNode object) {
                    String name = random.nextBoolean() ? NAMES.get(random.nextInt(NAMES.size())) : "unknownField";
                    object.set(name, otherKind(random));
                }
            }
            case 3 -> {
                // A part moved into another place: a section where a list item belongs, a row where a text does.
                JsonNode moved = containers.get(random.nextInt(containers.size())).deepCopy();
                replaceOne(at, random, ignored -> moved);
            }
            case 4 -> {
                if (at instanceof ObjectNode object && object.size() > 0) {
                    return text(document, object);
                }
            }
            default -> {
                if (at instanceof ArrayNode list) {
                    list.add(random.nextBoolean() ? NODES.nullNode() : otherKind(random));
                }
            }
        }
        return text(document, null);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static void dropOne(JsonNode at, Random random) {
        if (at instanceof ObjectNode object && object.size() > 0) {
            object.remove(names(object).get(random.nextInt(object.size())));
        } else if (at instanceof ArrayNode list && list.size() > 0) {
            list.remove(random.nextInt(list.size()));
        }
    }

    private static void replaceOne(JsonNode at, Random random, Function<JsonNode, JsonNode> by) {
        if (at instanceof ObjectNode object && object.size() > 0) {
            String name = names(object).get(random.nextInt(object.size()));
            object.set(name, by.apply(object.get(name)));
        } else if (at instanceof ArrayNode list && list.size() > 0) {
            int index = random.nextInt(list.size());
            list.set(index, by.apply(list.get(index)));
        }
    }

    private static List<String> names(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode otherKind(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> NODES.numberNode(5);
            case 1 -> NODES.numberNode(new java.math.BigDecimal("1.5"));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.textNode("text");
            case 5 -> NODES.arrayNode();
            case 6 -> NODES.arrayNode().add("item");
            case 7 -> NODES.arrayNode().add(NODES.objectNode());
            case 8 -> NODES.objectNode();
            default -> NODES.objectNode().put("name", "x");
        };
    }

    /** The document as text, with the first field of {@code twice} (when not null) written a second time. */
    private static String text(JsonNode document, ObjectNode twice) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = TREES.createGenerator(out)) {
            write(document, twice, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonNode node, ObjectNode twice, JsonGenerator out) throws IOException {
        if (node.isObject()) {
            out.writeStartObject();
            boolean first = true;
            for (var field : node.properties()) {
                out.writeFieldName(field.getKey());
                write(field.getValue(), twice, out);
                if (first && node == twice) {
                    out.writeFieldName(field.getKey());
                    write(field.getValue(), twice, out);
                }
                first = false;
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            for (JsonNode item : node) {
                write(item, twice, out);
            }
            out.writeEndArray();
        } else {
            TREES.writeTree(out, node);
        }
    }

    private static List<String> namesIn(JsonNode schema) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        schema.findValues("properties").forEach(properties -> properties.fieldNames().forEachRemaining(names::add));
        return List.copyOf(names);
    }
}
