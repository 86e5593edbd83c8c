package app.strategyworkbook.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.format.StrategyFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader refuses what the published schema refuses, and reads what it accepts: document by document, valid ones
 * and each way of being wrong the README's hostile files name (H10 to H16), and the reader's refusal is always its
 * one sentence. Documents made by changing valid ones at random are {@link ReaderAgreesWithSchemaProperties}'.
 */
class ReaderAgreesWithSchemaTest {
    private static final JsonStrategyFormat READER = new JsonStrategyFormat();

    /** The schema's verdict and the reader's on one document, and the reader's sentence when it refused. */
    record Verdicts(List<String> schemaProblems, String readerRefusal) {
        static Verdicts of(byte[] json) {
            String refusal = null;
            try {
                READER.read(json);
            } catch (StrategyFormatException e) {
                refusal = e.getMessage();
            }
            return new Verdicts(PublishedSchema.problems(json), refusal);
        }

        boolean schemaAccepts() {
            return schemaProblems.isEmpty();
        }

        boolean readerAccepts() {
            return readerRefusal == null;
        }

        /** Fails unless both accept or both refuse, and a refusal is one line. */
        void assertAgree(String document) {
            assertEquals(schemaAccepts(), readerAccepts(), () -> (schemaAccepts()
                    ? "the schema accepts it, the reader refuses: " + readerRefusal
                    : "the reader reads it, the schema refuses: " + schemaProblems) + "\n" + shorten(document));
            assertFalse(!readerAccepts() && readerRefusal.contains("\n"), () -> "one sentence: " + readerRefusal);
        }

        private static String shorten(String text) {
            return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
        }
    }

    private static String doc(String fields) {
        return "{\"schemaVersion\": 1" + (fields.isEmpty() ? "" : ", " + fields) + "}";
    }

    static Stream<Arguments> valid() throws Exception {
        return Stream.of(
                Arguments.of("the example strategy", Files.readString(Path.of("samples/example-strategy.json"))),
                Arguments.of("only the version", doc("")),
                Arguments.of("the version as 1.0", "{\"schemaVersion\": 1.0}"),
                Arguments.of("the version as 10e-1", "{\"schemaVersion\": 10e-1}"),
                Arguments.of("the version last", "{\"header\": {\"title\": \"Acme\"}, \"schemaVersion\": 1}"),
                Arguments.of("every section empty", doc("\"header\": {}, \"purpose\": {}, \"overview\": {}, "
                        + "\"context\": {}, \"pillars\": {}, \"segments\": {}, \"goToMarket\": {}, \"product\": {}, "
                        + "\"technology\": {}, \"resources\": {}, \"risks\": {}, \"success\": {}, \"guidance\": {}, "
                        + "\"footer\": {}, \"presentation\": {}, \"documentKept\": {}")),
                Arguments.of("a section given as null", doc("\"pillars\": null")),
                Arguments.of("a text given as null", doc("\"overview\": {\"mission\": null}")),
                Arguments.of("a list given as null", doc("\"context\": {\"trends\": null}")),
                Arguments.of("a table layout given as null", doc("\"risks\": {\"riskTable\": null}")),
                Arguments.of("a success horizon given as null", doc("\"success\": {\"oneYear\": null}")),
                Arguments.of("kept text and spellings given as null", doc("\"overview\": {\"kept\": null, "
                        + "\"spellings\": null}")),
                Arguments.of("a list item with nothing in it", doc("\"overview\": {\"values\": [{}]}")),
                Arguments.of("empty texts", doc("\"overview\": {\"mission\": \"\", \"vision\": \"\"}")),
                Arguments.of("text in any script, escaped or not", doc("\"overview\": {\"mission\": "
                        + "\"Zürich \\u20ac 5M \\n\\t \\\"quoted\\\" \\ud83d\\ude00 \u202e\"}")),
                Arguments.of("kept text and spellings", doc("\"risks\": {\"kept\": [{\"after\": \"#\", "
                        + "\"markdown\": \"<!-- note -->\"}], \"spellings\": {\"#\": \"Key Risks\"}}")),
                Arguments.of("a document's own kept text and label spellings", doc("\"documentKept\": {\"kept\": "
                        + "[{\"after\": \"after:risks\", \"markdown\": \"## Appendix\"}], \"spellings\": "
                        + "{\"**Status\": \"Status (board view)\"}}")),
                Arguments.of("a pillar's own spellings and kept text", doc("\"pillars\": {\"pillars\": "
                        + "[{\"name\": \"Growth\", \"spellings\": {\"#word\": \"Theme\"}, \"kept\": []}]}")),
                Arguments.of("a table of its own layout with cells of unknown columns", doc("\"risks\": "
                        + "{\"riskTable\": {\"columns\": [\"Risk\", \"Likelihood\", \"Impact\", \"Mitigation\", "
                        + "\"Review date\"], \"delimiterRow\": \"|---|:-:|:-:|---|---|\"}, \"risks\": [{\"risk\": "
                        + "\"Churn\", \"likelihood\": \"Med\", \"impact\": \"High\", \"owner\": \"Ana\", "
                        + "\"extraCells\": [\"2027-01-01\"]}]}")),
                Arguments.of("the slides not shown", doc("\"presentation\": {\"hiddenSlides\": [\"values\", "
                        + "\"pillar-2\"]}")),
                Arguments.of("JSON with spaces and line breaks of every kind", "\r\n\t{ \"schemaVersion\" :\r\n1 }\n"));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                // H10: not JSON at all.
                Arguments.of("truncated JSON", "{\"schemaVersion\": 1,\n \"overview\": {\"mission\": \"To"),
                Arguments.of("no value", "   "),
                Arguments.of("a comment", "{\"schemaVersion\": 1 /* one */}"),
                Arguments.of("single quotes", "{'schemaVersion': 1}"),
                Arguments.of("a trailing comma", doc("\"header\": {\"title\": \"x\",}")),
                Arguments.of("a second value after the document", doc("") + " {}"),
                Arguments.of("a word after the document", doc("") + " x"),
                // H11: the wrong shape, in every kind of place.
                Arguments.of("a section as a text (H11)", doc("\"pillars\": \"three\"")),
                Arguments.of("a section as a list", doc("\"overview\": []")),
                Arguments.of("a section as a number", doc("\"overview\": 5")),
                Arguments.of("a section as true", doc("\"overview\": true")),
                Arguments.of("a section as an empty text", doc("\"overview\": \"\"")),
                Arguments.of("a text as a number", doc("\"overview\": {\"mission\": 5}")),
                Arguments.of("a text as a decimal number", doc("\"resources\": {\"allocations\": "
                        + "[{\"investment\": 45.5}]}")),
                Arguments.of("a text as true", doc("\"overview\": {\"mission\": true}")),
                Arguments.of("a text as a list", doc("\"overview\": {\"mission\": [\"a\"]}")),
                Arguments.of("a text as an object", doc("\"overview\": {\"mission\": {}}")),
                Arguments.of("a list as a text", doc("\"context\": {\"trends\": \"x\"}")),
                Arguments.of("a list as an object", doc("\"context\": {\"trends\": {}}")),
                Arguments.of("a list as a number", doc("\"context\": {\"trends\": 3}")),
                Arguments.of("a list item of the wrong kind", doc("\"overview\": {\"values\": [\"x\"]}")),
                Arguments.of("a text item as an object", doc("\"context\": {\"trends\": [{}]}")),
                Arguments.of("a text item as a number", doc("\"context\": {\"trends\": [3]}")),
                Arguments.of("a null text item", doc("\"context\": {\"trends\": [\"a\", null]}")),
                Arguments.of("a null list item", doc("\"pillars\": {\"pillars\": [null]}")),
                Arguments.of("a null cell", doc("\"risks\": {\"risks\": [{\"extraCells\": [null]}]}")),
                Arguments.of("a null column", doc("\"risks\": {\"riskTable\": {\"columns\": [null]}}")),
                Arguments.of("a null kept block", doc("\"overview\": {\"kept\": [null]}")),
                Arguments.of("a null spelling", doc("\"overview\": {\"spellings\": {\"#\": null}}")),
                Arguments.of("a spelling as a number", doc("\"overview\": {\"spellings\": {\"#\": 1}}")),
                Arguments.of("spellings as a list", doc("\"overview\": {\"spellings\": [\"Mission\"]}")),
                Arguments.of("a success horizon as a list", doc("\"success\": {\"oneYear\": []}")),
                // The wrong nesting: fields of one place in another.
                Arguments.of("pillars as a list straight under the document",
                        doc("\"pillars\": [{\"name\": \"Growth\"}]")),
                Arguments.of("a pillar's field in the pillars section", doc("\"pillars\": {\"name\": \"Growth\"}")),
                Arguments.of("a risk's fields in the risks section", doc("\"risks\": {\"risk\": \"Churn\"}")),
                Arguments.of("a risk row as an object", doc("\"risks\": {\"risks\": {\"risk\": \"Churn\"}}")),
                Arguments.of("a metric's fields in the pillar", doc("\"pillars\": {\"pillars\": [{\"target\": "
                        + "\"5\"}]}")),
                Arguments.of("kept text in the header", doc("\"header\": {\"kept\": []}")),
                Arguments.of("spellings in the footer", doc("\"footer\": {\"spellings\": {}}")),
                Arguments.of("kept text in a risk row", doc("\"risks\": {\"risks\": [{\"kept\": []}]}")),
                Arguments.of("kept text in a success horizon", doc("\"success\": {\"oneYear\": {\"kept\": []}}")),
                Arguments.of("kept text in the slide choice", doc("\"presentation\": {\"kept\": []}")),
                Arguments.of("extra cells in a value", doc("\"overview\": {\"values\": [{\"extraCells\": []}]}")),
                Arguments.of("the mission under the header", doc("\"header\": {\"mission\": \"x\"}")),
                // H12: JSON, but not a strategy.
                Arguments.of("a list (H12)", "[1, 2]"),
                Arguments.of("a text", "\"strategy\""),
                Arguments.of("a number", "1"),
                Arguments.of("null", "null"),
                // H13 and the version's other ways of being wrong.
                Arguments.of("a newer version (H13)", "{\"schemaVersion\": 7}"),
                Arguments.of("a version too large for a long", "{\"schemaVersion\": 18446744073709551617}"),
                Arguments.of("a version just over 1", "{\"schemaVersion\": 1.0000000000000000000001}"),
                Arguments.of("version 0", "{\"schemaVersion\": 0}"),
                Arguments.of("a negative version", "{\"schemaVersion\": -1}"),
                Arguments.of("the version as a text", "{\"schemaVersion\": \"1\"}"),
                Arguments.of("the version as null", "{\"schemaVersion\": null}"),
                Arguments.of("the version as true", "{\"schemaVersion\": true}"),
                Arguments.of("no version", "{\"header\": {\"title\": \"Acme\"}}"),
                Arguments.of("an empty object", "{}"),
                Arguments.of("the version inside a section", "{\"header\": {\"schemaVersion\": 1}}"),
                // H14: fields this version does not know.
                Arguments.of("an unknown field at the top (H14)", doc("\"notes\": \"x\"")),
                Arguments.of("an unknown field given as null", doc("\"notes\": null")),
                Arguments.of("an unknown field in a section", doc("\"overview\": {\"motto\": \"x\"}")),
                Arguments.of("a misspelt field", doc("\"overview\": {\"misson\": \"x\"}")),
                Arguments.of("a field in other letters", doc("\"overview\": {\"Mission\": \"x\"}")),
                Arguments.of("an unknown field in a list item", doc("\"pillars\": {\"pillars\": [{\"owner\": "
                        + "\"x\"}]}")),
                Arguments.of("an unknown field in a kept block", doc("\"overview\": {\"kept\": [{\"before\": "
                        + "\"x\"}]}")),
                Arguments.of("an unknown field in a table layout", doc("\"risks\": {\"riskTable\": {\"rows\": 3}}")),
                Arguments.of("a type id", doc("\"@class\": \"java.lang.ProcessBuilder\"")),
                Arguments.of("a field the model computes", doc("\"resources\": {\"allocations\": "
                        + "[{\"investmentPercent\": \"45\"}]}")),
                Arguments.of("a reference to a schema", "{\"$schema\": \"strategy-workbook.schema.json\", "
                        + "\"schemaVersion\": 1}"),
                // H15: a key given twice.
                Arguments.of("a key given twice in a section (H15)", doc("\"purpose\": {\"text\": \"a\", "
                        + "\"text\": \"b\"}")),
                Arguments.of("the version given twice", "{\"schemaVersion\": 1, \"schemaVersion\": 1}"),
                Arguments.of("a section given twice", doc("\"header\": {}, \"header\": {}")),
                Arguments.of("a key given twice in a list item", doc("\"overview\": {\"values\": [{\"name\": "
                        + "\"a\", \"name\": null}]}")),
                Arguments.of("a spelling given twice", doc("\"overview\": {\"spellings\": {\"#\": \"a\", "
                        + "\"#\": \"b\"}}")),
                // H16: deep nesting, past the reader's 64 levels and where the format has none.
                Arguments.of("lists nested 100 deep where a section belongs (H16)",
                        doc("\"risks\": " + "[".repeat(100) + "]".repeat(100))),
                Arguments.of("objects nested 100 deep in an unknown field",
                        "{\"notes\": " + "{\"a\": ".repeat(100) + "1" + "}".repeat(100) + ", \"schemaVersion\": 1}"));
    }

    @ParameterizedTest(name = "valid: {0}")
    @MethodSource("valid")
    void bothReadAValidDocument(String name, String document) {
        Verdicts verdicts = Verdicts.of(document.getBytes(StandardCharsets.UTF_8));
        verdicts.assertAgree(document);
        assertTrue(verdicts.schemaAccepts(), () -> name + " is valid: " + verdicts.schemaProblems());
    }

    @ParameterizedTest(name = "invalid: {0}")
    @MethodSource("invalid")
    void bothRefuseAnInvalidDocument(String name, String document) {
        Verdicts verdicts = Verdicts.of(document.getBytes(StandardCharsets.UTF_8));
        verdicts.assertAgree(document);
        assertFalse(verdicts.readerAccepts(), () -> name + " is refused");
    }
}
