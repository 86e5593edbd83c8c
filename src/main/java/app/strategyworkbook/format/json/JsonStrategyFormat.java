package app.strategyworkbook.format.json;

import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.StrategyDocument;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The app's own JSON format, read and written with Jackson's data binding onto the model.
 *
 * <p>Every file carries {@code "schemaVersion"}. A file from a newer version is refused, not half-read. A field this
 * version does not know is refused with its name and place, so nothing in a file is silently dropped; so is a key
 * that appears twice in one object. Types come from the model alone: no type information is ever taken from the file.
 * Empty fields are left out when writing, and read back as empty.
 */
public final class JsonStrategyFormat {
    /**
     * The one shared instance, made on first use: Jackson takes a noticeable part of a second to set up, which a
     * window opening a Markdown file should not wait for. It is safe to share between threads.
     */
    public static JsonStrategyFormat shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final JsonStrategyFormat INSTANCE = new JsonStrategyFormat();
    }

    /**
     * The newest schema version this build reads and writes: 2 added speaker notes to sections and pillars; 3 what
     * files written their own way hold: who approved the strategy, a risk's score and the scales its levels are on.
     */
    public static final int SCHEMA_VERSION = 3;
    /** The version of a file that holds nothing version 3 added, but speaker notes. */
    static final int WITH_NOTES = 2;
    /** The version of a file that holds nothing version 2 added, which the app's earlier versions still open. */
    static final int WITHOUT_NOTES = 1;

    /** Deeper than any strategy nests (about six levels), shallow enough that no file can exhaust the stack. */
    static final int MAX_DEPTH = 64;
    /**
     * Far more values than a strategy of thousands of risks holds (the benchmarks' 20 MB JSON strategy, 30,000 risks,
     * has about 850,000); low enough to stop a file of empty objects built to exhaust memory.
     */
    static final long MAX_VALUES = 2_500_000;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxTokenCount(MAX_VALUES)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            // Lists are filled through their getters; only the explicitly annotated section fields are set.
            .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            // A null is a field left out: "pillars": null is a section with nothing in it. Set as it stands, it
            // would leave the document without that section. Inside a list or a map there is no field to leave out:
            // a null there would be an item that is nothing, which every reader of the model would trip over.
            .defaultSetterInfo(JsonSetter.Value.construct(Nulls.SKIP, Nulls.FAIL))
            // Text is text: a number or true where the format has text is refused as the wrong shape, as the
            // published schema says, not turned into "5" or "true" by Jackson.
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    /** Made once: a reader looks up the document's deserializer when it is made, which a small file would feel. */
    private final com.fasterxml.jackson.databind.ObjectReader documents = mapper.readerFor(StrategyDocument.class);

    public String write(StrategyDocument doc) {
        ObjectNode root = mapper.createObjectNode();
        // A file is given the oldest version that holds all it has: a strategy without speaker notes stays one
        // that colleagues on an earlier version of the app can open (they refuse a field they do not know).
        root.put("schemaVersion", hasVersionThree(doc) ? SCHEMA_VERSION : hasNotes(doc) ? WITH_NOTES
                : WITHOUT_NOTES);
        root.setAll((ObjectNode) mapper.valueToTree(doc));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The model could not be written as JSON", e);
        }
    }

    /** Whether the document holds what version 3 added, which a version-2 app would refuse as unknown fields. */
    private static boolean hasVersionThree(StrategyDocument doc) {
        return !doc.getFooter().getApprovedBy().isEmpty()
                || doc.getRisks().getRisks().stream().anyMatch(r -> !r.getScore().isEmpty())
                || !doc.getRisks().getLikelihoodScale().isEmpty() || !doc.getRisks().getImpactScale().isEmpty();
    }

    private static boolean hasNotes(StrategyDocument doc) {
        java.util.List<app.strategyworkbook.model.Section> sections = java.util.List.of(doc.getPurpose(),
                doc.getOverview(), doc.getContext(), doc.getPillars(), doc.getSegments(), doc.getGoToMarket(),
                doc.getProduct(), doc.getTechnology(), doc.getResources(), doc.getRisks(), doc.getSuccess(),
                doc.getGuidance());
        return sections.stream().anyMatch(s -> !s.getNotes().isEmpty())
                || doc.getPillars().getPillars().stream().anyMatch(p -> !p.getNotes().isEmpty());
    }

    public StrategyDocument read(String json) throws StrategyFormatException {
        return read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Reads a strategy from UTF-8 bytes in one pass of Jackson's byte parser: the version is looked at first (the
     * app writes it first, so this stops at once), then the document is bound straight from the bytes. A file from
     * a newer version is refused before any of its fields is looked at.
     */
    public StrategyDocument read(byte[] utf8) throws StrategyFormatException {
        checkVersion(utf8);
        try {
            StrategyDocument doc = documents.readValue(utf8);
            app.strategyworkbook.template.KeptPlaces.renameEarlierAnchors(doc);
            return doc;
        } catch (JsonMappingException e) {
            throw bindingProblem(e);
        } catch (JsonProcessingException e) {
            throw problem("it is not valid JSON", e);
        } catch (java.io.IOException e) {
            // Bytes in memory have no I/O to fail; Jackson declares it all the same.
            throw new StrategyFormatException("it could not be read (" + firstLine(e.getMessage()) + ")", -1, e);
        }
    }

    /** What went wrong binding the file to the model, in the user's terms. */
    private static StrategyFormatException bindingProblem(JsonMappingException e) {
        // A syntax error or a limit met while binding comes wrapped; it is still the file's syntax or size.
        if (e.getCause() instanceof JsonProcessingException syntax && !(syntax instanceof JsonMappingException)) {
            return problem("it is not valid JSON", syntax);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String in = where(u.getPath().subList(0, u.getPath().size() - 1));
            return problem("it has a field this version does not know, \"" + printable(u.getPropertyName()) + "\""
                    + (in.isEmpty() ? "" : " in" + in.substring(" at".length())), u);
        }
        if (e instanceof MismatchedInputException m && String.valueOf(m.getOriginalMessage()).startsWith("Trailing")) {
            return problem("it is not valid JSON (more follows the end of the strategy's one object)", m);
        }
        if (e instanceof MismatchedInputException m) {
            return problem("a value has the wrong shape" + where(m.getPath()) + ": expected "
                    + expected(m.getTargetType()) + ", found " + found(m), m);
        }
        // A text where a list belongs: Jackson looks for a way to make the list from a text, and finds none.
        if (e instanceof InvalidDefinitionException d && d.getType() != null && d.getType().isCollectionLikeType()) {
            return problem("a value has the wrong shape" + where(d.getPath()) + ": expected a list, found " + found(d),
                    d);
        }
        // Jackson's own words here name Java classes; the place is what helps a user.
        return problem("a value has the wrong shape" + where(e.getPath()) + ": it is not what the format "
                + "has there (see the JSON format in the README)", e);
    }

    /** The top level must be an object whose "schemaVersion" is a whole number this version reads. */
    private void checkVersion(byte[] utf8) throws StrategyFormatException {
        try (JsonParser parser = mapper.createParser(utf8)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new StrategyFormatException("it holds no JSON value");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new StrategyFormatException("it is JSON, but not a strategy: it should be one object with a "
                        + "\"schemaVersion\" field, and it is " + describe(first));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("schemaVersion")) {
                    checkVersion(parser, value);
                    return;
                }
                parser.skipChildren();
            }
            throw new StrategyFormatException("it is JSON, but not a Strategy Workbook file: it has no "
                    + "\"schemaVersion\" field");
        } catch (JsonProcessingException e) {
            throw problem("it is not valid JSON", e);
        } catch (java.io.IOException e) {
            throw new StrategyFormatException("it could not be read (" + firstLine(e.getMessage()) + ")", -1, e);
        }
    }

    private static void checkVersion(JsonParser parser, JsonToken value) throws java.io.IOException,
            StrategyFormatException {
        java.math.BigDecimal number = value.isNumeric() ? decimal(parser) : null;
        boolean whole = number != null && number.signum() > 0 && number.stripTrailingZeros().scale() <= 0;
        if (!whole) {
            String shown = value == JsonToken.VALUE_STRING ? "\"" + printable(parser.getText()) + "\""
                    : value.isScalarValue() ? printable(parser.getText()) : describe(value);
            throw new StrategyFormatException("its \"schemaVersion\" should be a whole number from 1, and it is "
                    + shown);
        }
        // Compared as written, not as a long: 18446744073709551617 is a newer version, not version 1 wrapped round.
        if (number.compareTo(java.math.BigDecimal.valueOf(SCHEMA_VERSION)) > 0) {
            throw new StrategyFormatException("it was written by a newer version of Strategy Workbook (schema version "
                    + printable(parser.getText()) + "; this version reads up to " + SCHEMA_VERSION
                    + "); update the app to open it");
        }
    }

    /** The number as written, or null when it is too large to be read as one (an exponent of hundreds of digits). */
    private static java.math.BigDecimal decimal(JsonParser parser) throws java.io.IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "a null";
        };
    }


    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type == String.class ? "a text" : "an object";
    }

    /** The kind of value in Jackson's description of a mismatch: "from String value", "Cannot coerce Integer value". */
    private static final java.util.regex.Pattern FOUND = java.util.regex.Pattern.compile(
            "(?:from|coerce) (?:empty )?(String|Array|Object|Integer|Float|Floating-point|Number|Boolean|Null|Double"
                    + "|Long|Big\\w*)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** What the file had instead; the parser is closed by now, so it is read from Jackson's own description. */
    private static String found(JsonMappingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Invalid `null` value")) {
            return "null";
        }
        var m = FOUND.matcher(message);
        if (!m.find()) {
            return "another kind of value";
        }
        return switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "string" -> "a text";
            case "array" -> "a list";
            case "object" -> "an object";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> "a number";
        };
    }

    private static String where(java.util.List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(printable(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : " at " + path;
    }

    private static StrategyFormatException problem(String what, JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new StrategyFormatException(tooLarge(e.getOriginalMessage()), -1, e);
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        String message = what;
        if (e instanceof com.fasterxml.jackson.core.JsonParseException || e.getClass().getSimpleName()
                .contains("EOF")) {
            message += " (" + firstLine(e.getOriginalMessage()) + ")";
        }
        return new StrategyFormatException(message, line, e);
    }

    /** A name from the file, quoted in a one-line sentence: line breaks and other controls shown escaped, kept short. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(80).forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return name.codePointCount(0, name.length()) > 80 ? out + "…" : out.toString();
    }

    /** Jackson's limits, said in the user's terms rather than the parser's. */
    private static String tooLarge(String jackson) {
        String m = String.valueOf(jackson);
        if (m.contains("nesting depth")) {
            return "it nests values more than " + MAX_DEPTH + " levels deep, far deeper than any strategy";
        }
        if (m.contains("String value length") || m.contains("Name length") || m.contains("Number value length")) {
            return "it holds a single value far longer than any strategy field";
        }
        if (m.contains("Token count")) {
            return "it holds more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_VALUES)
                    + " values, far more than any strategy";
        }
        return "it is larger than a strategy file can be (" + firstLine(m) + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }
}
