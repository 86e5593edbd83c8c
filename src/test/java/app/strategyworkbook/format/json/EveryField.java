package app.strategyworkbook.format.json;

import app.strategyworkbook.model.StrategyDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Strategies with every field there is filled in, made from each side of the format on its own, so that each can be
 * held to the other: one from the published schema (every property it names, in every place, a list with one item),
 * and one from the model (every text setter called, every list given an item, every map an entry). Each text holds
 * its own place, so a value that came back in another field would show.
 */
final class EveryField {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MODEL = StrategyDocument.class.getPackageName();

    private EveryField() {
    }

    /** A document with every property the schema names, from its root. */
    static JsonNode fromSchema(JsonNode schema) {
        return example(schema, schema, "");
    }

    private static JsonNode example(JsonNode shape, JsonNode root, String place) {
        if (shape.has("$ref")) {
            // Only the schema's own "#/$defs/…" references: it is one file.
            return example(root.at(shape.get("$ref").asText().substring(1)), root, place);
        }
        if (shape.has("const")) {
            return shape.get("const");
        }
        if (shape.has("enum")) {
            // The last choice: for the schema version, the newest, which every field of the example needs.
            return shape.get("enum").get(shape.get("enum").size() - 1);
        }
        return switch (type(shape)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                shape.path("properties").properties().forEach(property -> object.set(property.getKey(),
                        example(property.getValue(), root, place + "." + property.getKey())));
                if (shape.path("additionalProperties").isObject()) {
                    object.set("#", example(shape.get("additionalProperties"), root, place + ".#"));
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(example(shape.get("items"), root, place + "[0]"));
            case "string" -> NODES.textNode(place);
            default -> throw new IllegalArgumentException("the schema has a " + type(shape) + " at " + place
                    + ", which this maker of examples does not know");
        };
    }

    /** The shape's type other than null: every field may be null, which reads as the field left out. */
    private static String type(JsonNode shape) {
        JsonNode type = shape.get("type");
        if (type == null) {
            throw new IllegalArgumentException("a shape without a type: " + shape);
        }
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode one : type) {
            if (!one.asText().equals("null")) {
                return one.asText();
            }
        }
        throw new IllegalArgumentException("a shape that is only null: " + shape);
    }

    /** A model document with every field filled through the model's own setters and lists. */
    static StrategyDocument fromModel() {
        StrategyDocument doc = new StrategyDocument();
        fill(doc, "");
        return doc;
    }

    private static void fill(Object part, String place) {
        // In name order, so that the document is the same on every run.
        List<Method> methods = java.util.Arrays.stream(part.getClass().getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && m.getParameterCount() <= 1)
                .sorted(Comparator.comparing(Method::getName)).toList();
        try {
            for (Method m : methods) {
                String name = m.getName();
                if (name.startsWith("set") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class) {
                    m.invoke(part, place + "." + property(name));
                } else if (name.startsWith("get") && m.getParameterCount() == 0) {
                    fillValue(m, m.invoke(part), place + "." + property(name));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not fill " + place, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void fillValue(Method getter, Object value, String place) throws ReflectiveOperationException {
        if (value instanceof List<?> list) {
            var item = (Class<?>) ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
            ((List<Object>) list).add(item == String.class ? place + "[0]" : filled(item, place + "[0]"));
        } else if (value instanceof Map<?, ?> map) {
            ((Map<String, String>) map).put("#", place + ".#");
        } else if (value != null && value.getClass().getPackageName().equals(MODEL)) {
            fill(value, place);
        }
    }

    private static Object filled(Class<?> type, String place) throws ReflectiveOperationException {
        Object item = type.getConstructor().newInstance();
        fill(item, place);
        return item;
    }

    private static String property(String accessor) {
        return Introspector.decapitalize(accessor.substring(3));
    }
}
