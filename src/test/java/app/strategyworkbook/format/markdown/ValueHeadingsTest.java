package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.OpenAndSave.open;
import static app.strategyworkbook.format.markdown.OpenAndSave.save;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.NamedItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values headed "### Compassion", each with its meaning in the paragraph under it. */
class ValueHeadingsTest {
    private final StrategyFiles files = new StrategyFiles();

    private static final String TEXT = """
            # Saint Brigid's — Strategy 2026–2029

            ## Our Mission

            Care closer to home.

            ## Core Values

            ### Compassion
            We treat every patient with kindness, especially when we are busy.

            ### Safety
            We put patient and staff safety before speed or cost.

            ## Where we are today

            Four hospitals.
            """;

    @Test
    void eachHeadingIsAValueAndItsParagraphWhatItMeans() throws Exception {
        StrategyFiles.Opened opened = open(TEXT);
        List<NamedItem> values = opened.document().getOverview().getValues();
        assertEquals(List.of("Compassion", "Safety"), values.stream().map(NamedItem::getName).toList());
        assertEquals("We put patient and staff safety before speed or cost.", values.get(1).getDescription());
        assertEquals(TEXT, save(opened), "a save with no edit gives the file back");

        values.get(0).setDescription("We treat everyone with kindness.");
        assertEquals(TEXT.replace("We treat every patient with kindness, especially when we are busy.",
                "We treat everyone with kindness."), save(opened), "only the meaning's line changes");

        values.get(1).setName("Safety first");
        String renamed = save(opened);
        assertEquals(TEXT.replace("We treat every patient with kindness, especially when we are busy.",
                "We treat everyone with kindness.").replace("### Safety\n", "### Safety first\n"), renamed);

        NamedItem learning = new NamedItem();
        learning.setName("Learning");
        learning.setDescription("We are open about our mistakes.");
        values.add(learning);
        String added = save(opened);
        assertEquals(3, open(added).document().getOverview().getValues().size(), added);
        assertEquals("We are open about our mistakes.",
                open(added).document().getOverview().getValues().get(2).getDescription(), added);
    }
}
