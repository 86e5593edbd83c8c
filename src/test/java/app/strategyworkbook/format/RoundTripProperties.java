package app.strategyworkbook.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.format.json.PublishedSchema;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a strategy holds comes back exactly through either format. Documents are compared as their JSON, and every
 * JSON written here follows the published schema.
 */
class RoundTripProperties {
    private final MarkdownStrategyFormat markdown = new MarkdownStrategyFormat();
    private final JsonStrategyFormat json = new JsonStrategyFormat();

    @Provide
    Arbitrary<StrategyDocument> strategies() {
        return StrategyArbitraries.documents();
    }

    @Property(tries = 300, seed = app.strategyworkbook.BuildSeed.SEED)
    void markdownRoundTripIsExact(@ForAll("strategies") StrategyDocument doc) throws Exception {
        String md = markdown.write(doc);
        StrategyDocument back = markdown.read(md);
        String backAsJson = json.write(back);
        assertEquals(json.write(doc), backAsJson, () -> "Markdown written:\n" + md);
        PublishedSchema.assertFollows(backAsJson, "the JSON of a strategy read from Markdown");
        assertEquals(md, markdown.write(back));
        var opened = new app.strategyworkbook.files.StrategyFiles().read(md.getBytes(
                java.nio.charset.StandardCharsets.UTF_8), FileFormat.MARKDOWN);
        assertEquals(md, new app.strategyworkbook.files.StrategyFiles().text(opened.document(), FileFormat.MARKDOWN,
                opened.crlf(), opened.origin()), "a save with no edit changes nothing");
    }

    @Property(tries = 300, seed = app.strategyworkbook.BuildSeed.SEED)
    void jsonRoundTripIsExact(@ForAll("strategies") StrategyDocument doc) throws Exception {
        String text = json.write(doc);
        PublishedSchema.assertFollows(text, "the JSON the app writes");
        assertEquals(text, json.write(json.read(text)));
    }
}
