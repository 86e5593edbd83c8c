package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.OpenAndSave.open;
import static app.strategyworkbook.format.markdown.OpenAndSave.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.StrategyDocument;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Pillars headed the way people number them: the name is what follows the numbering, the heading is written back as
 * the file wrote it, and a pillar added or moved is numbered by its place in the file's own style.
 */
class PillarHeadingsTest {
    private final StrategyFiles files = new StrategyFiles();

    private static String strategy(String first, String second) {
        return "# Acme Strategy\n\n## Strategic Pillars\n\n" + first + "\n\nWe stop chasing volume.\n\n" + second
                + "\n\nCustomers trust us with their data.\n\n## Key Risks\n\nNone yet.\n";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "### 1. Intelligence Over Volume | ### 2. Trust by Design",
            "### 1) Intelligence Over Volume | ### 2) Trust by Design",
            "### Pillar 1 — Intelligence Over Volume | ### Pillar 2 — Trust by Design",
            "### Pillar: Intelligence Over Volume | ### Pillar: Trust by Design",
            "### Strategic Priority 1: Intelligence Over Volume | ### Strategic Priority 2: Trust by Design",
            "### Pillar 1: Intelligence Over Volume | ### Pillar 2: Trust by Design",
            "### Intelligence Over Volume | ### Trust by Design"})
    void theNameIsWhatFollowsTheNumberingAndTheHeadingIsWrittenBackAsWritten(String first, String second)
            throws Exception {
        String text = strategy(first, second);
        StrategyFiles.Opened opened = open(text);
        List<Pillar> pillars = opened.document().getPillars().getPillars();
        assertEquals(List.of("Intelligence Over Volume", "Trust by Design"),
                pillars.stream().map(Pillar::getName).toList());
        assertEquals(text, save(opened), "a save with no edit gives the file back");

        pillars.get(1).setName("Trust Everywhere");
        String edited = save(opened);
        assertEquals(text.replace(second, second.replace("Trust by Design", "Trust Everywhere")), edited,
                "only the name changes; the numbering stays as the file wrote it");
    }

    @Test
    void aPillarAddedOrMovedIsNumberedByItsPlaceInTheFilesStyle() throws Exception {
        StrategyFiles.Opened opened = open(strategy("### 1. Intelligence Over Volume", "### 2. Trust by Design"));
        StrategyDocument doc = opened.document();
        Pillar third = new Pillar();
        third.setName("Partners First");
        doc.getPillars().getPillars().add(third);
        String added = save(opened);
        assertTrue(added.contains("\n### 3. Partners First\n"), added);
        assertTrue(added.contains("\n### 1. Intelligence Over Volume\n") && added.contains("\n### 2. Trust by Design\n"),
                added);

        StrategyFiles.Opened again = open(added);
        var list = again.document().getPillars().getPillars();
        list.add(0, list.remove(2));
        String moved = save(again);
        assertTrue(moved.indexOf("### 1. Partners First") < moved.indexOf("### 2. Intelligence Over Volume")
                && moved.indexOf("### 2. Intelligence Over Volume") < moved.indexOf("### 3. Trust by Design"), moved);
    }

    @Test
    void anUnnumberedHeadingAmongNumberedPillarsIsKeptInThePillarAbove() throws Exception {
        String text = strategy("### 1. Intelligence Over Volume", "### Notes from the offsite")
                .replace("## Key Risks", "### 2. Trust by Design\n\nSecond.\n\n## Key Risks");
        StrategyFiles.Opened opened = open(text);
        assertEquals(List.of("Intelligence Over Volume", "Trust by Design"),
                opened.document().getPillars().getPillars().stream().map(Pillar::getName).toList());
        assertEquals(text, save(opened));
    }
}
