package app.strategyworkbook.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The example strategy (samples/example-strategy.md) as JSON, checked against the published schema and against
 * what it says, written out here by hand from the Markdown: its fields by their documented names, read from the JSON
 * tree, not through the app's own reader. The sample JSON is the app's own output, and several tests compare a save
 * with it; this is what makes those comparisons mean the format, not only "the same as last time".
 */
public final class ExampleStrategyJson {
    private static final JsonMapper TREES = JsonMapper.builder().build();

    private ExampleStrategyJson() {
    }

    /** Fails unless {@code json} follows the schema and holds the example strategy's fields as written here. */
    public static void assertIsTheExample(String json) {
        PublishedSchema.assertFollows(json, "the example strategy as JSON");
        JsonNode doc;
        try {
            doc = TREES.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : 1,"), "the version comes first");
        assertEquals("Lumen AI Company Strategy", text(doc, "/header/title"));
        assertEquals("Living", text(doc, "/header/status"));
        assertEquals("To empower developers to build production-grade AI applications without infrastructure "
                + "complexity.", text(doc, "/overview/mission"));
        assertEquals(List.of("Developer First", "Ship with Quality", "Radically Open", "Ownership Mindset",
                "Learn Relentlessly"), column(doc, "/overview/values", "name"));
        assertEquals("$50B (all AI infrastructure spending)", text(doc, "/context/tam"));
        assertEquals(List.of("OpenAI Platform", "Azure AI Studio", "Anthropic Console"),
                column(doc, "/context/competitors", "name"));
        assertEquals(List.of("Developer Experience Excellence", "Enterprise Trust and Compliance",
                "Multi-Model Platform Leadership"), column(doc, "/pillars/pillars", "name"));
        assertEquals("<5 minutes", text(doc, "/pillars/pillars/0/metrics/0/target"));
        assertEquals("12 min", text(doc, "/pillars/pillars/0/metrics/0/current"));

        assertEquals(List.of("Product Development", "Engineering Infrastructure", "Sales & Marketing",
                "Customer Success", "Operations & Admin"), column(doc, "/resources/allocations", "area"));
        assertEquals(List.of("45%", "15%", "25%", "10%", "5%"), column(doc, "/resources/allocations", "investment"));
        assertEquals("32 people", text(doc, "/resources/currentTeamSize"));
        assertEquals("75 people", text(doc, "/resources/targetTeamSize"));

        assertEquals(List.of("LLM provider pricing changes destroy unit economics", "Major security breach damages brand",
                "Enterprise sales cycle longer than forecast", "Key LLM provider cuts off API access"),
                column(doc, "/risks/risks", "risk"));
        assertEquals(List.of("Medium", "Low", "High", "Low"), column(doc, "/risks/risks", "likelihood"));
        assertEquals(List.of("High", "Critical", "Medium", "High"), column(doc, "/risks/risks", "impact"));
        assertEquals("Maintain 18-month runway, focus on product-led growth for cash flow",
                text(doc, "/risks/risks/2/mitigation"));

        assertEquals("Q4 2027", text(doc, "/success/oneYear/date"));
        assertEquals("$10M ARR (currently $2M)", text(doc, "/success/oneYear/metrics/0/description"));
        assertEquals("2027-04-01", text(doc, "/footer/nextReview"));
        assertEquals("Maya Chen, CEO", text(doc, "/footer/owner"));
        // Text the reader could not place is kept with the field it followed.
        assertEquals("#", text(doc, "/pillars/kept/0/after"));
        assertEquals("Our strategy rests on 3 strategic pillars that guide all major decisions:",
                text(doc, "/pillars/kept/0/markdown"));
        assertEquals(List.of("title", "footer"), column(doc, "/documentKept/kept", "after"));
    }

    private static String text(JsonNode doc, String pointer) {
        JsonNode value = doc.at(pointer);
        assertTrue(value.isTextual(), () -> pointer + " is a text in the example strategy's JSON, found " + value);
        return value.asText();
    }

    /** One field of each item of the list at {@code pointer}. */
    private static List<String> column(JsonNode doc, String pointer, String field) {
        JsonNode list = doc.at(pointer);
        assertTrue(list.isArray(), () -> pointer + " is a list in the example strategy's JSON, found " + list);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            values.add(text(doc, pointer + "/" + i + "/" + field));
        }
        return values;
    }
}
