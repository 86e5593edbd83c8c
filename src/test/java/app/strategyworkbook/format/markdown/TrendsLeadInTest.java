package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.OpenAndSave.open;
import static app.strategyworkbook.format.markdown.OpenAndSave.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Market trends under a plain sentence ("Three trends shape our market:") instead of the template's "**Market
 * Trends:**": the list is the trends, and the sentence is written back as the file wrote it.
 */
class TrendsLeadInTest {
    private static String strategy(String heading, String lead) {
        return "# Acme\n\n" + heading + "\n\nWe sell emissions monitoring to mid-size operators.\n\n" + lead
                + "\n\n- **Methane.** Rules tighten.\n- **Ammonia.** Measured, not modelled.\n\n## Key Risks\n\nNone yet.\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "## Strategic Context | Three trends shape our market:",
            "## Strategic Context | Four forces shape the next five years:",
            "## Strategic Context | Key trends:",
            "## The market | Three trends shape our market:",
            "## Market | Two shifts matter most:"})
    void theListUnderTheSentenceIsTheTrendsAndTheSentenceIsWrittenBack(String heading, String lead)
            throws Exception {
        String text = strategy(heading, lead);
        StrategyFiles.Opened opened = open(text);
        var trends = opened.document().getContext().getTrends();
        assertEquals(List.of("**Methane.** Rules tighten.", "**Ammonia.** Measured, not modelled."), trends);
        assertEquals(text, save(opened), "a save with no edit gives the file back");

        trends.set(1, "**Ammonia.** Measured at the stack.");
        assertEquals(text.replace("Measured, not modelled.", "Measured at the stack."), save(opened),
                "only the edited trend's line changes");
    }

    @Test
    void anAddedTrendIsABulletLikeItsNeighbours() throws Exception {
        String text = strategy("## Strategic Context", "Three trends shape our market:");
        StrategyFiles.Opened opened = open(text);
        opened.document().getContext().getTrends().add("Buyers want proof.");
        String saved = save(opened);
        assertEquals(text.replace("not modelled.\n", "not modelled.\n- Buyers want proof.\n"), saved);
        StrategyFiles.Opened again = open(saved);
        assertEquals(3, again.document().getContext().getTrends().size());
        assertEquals(saved, save(again));
    }

    @Test
    void theSentenceIsWrittenBackWhenTheFileIsWrittenAfresh() throws Exception {
        StrategyFiles.Opened opened = open(strategy("## Strategic Context", "Three trends shape our market:"));
        String fresh = new StrategyFiles().text(opened.document(), app.strategyworkbook.format.FileFormat.MARKDOWN,
                false);
        assertTrue(fresh.contains("Three trends shape our market:\n- **Methane.** Rules tighten.\n"), fresh);
        assertTrue(!fresh.contains("**Market Trends:**"), fresh);
        assertEquals(opened.document().getContext().getTrends(), open(fresh).document().getContext().getTrends());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We sell to three kinds of buyer:",
            "Trends matter. Here are ours:",
            "**Note:** trends follow:"})
    void anyOtherSentenceAboveAListIsKeptAsWritten(String lead) throws Exception {
        String text = strategy("## Strategic Context", lead);
        StrategyFiles.Opened opened = open(text);
        assertTrue(opened.document().getContext().getTrends().isEmpty());
        assertEquals(text, save(opened));
    }
}
