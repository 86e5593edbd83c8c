package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.OpenAndSave.open;
import static app.strategyworkbook.format.markdown.OpenAndSave.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.model.StrategicContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TAM, SAM and SOM given as a table, as decks and many strategies give them: the sizes are read from their cells, an
 * edit changes only its cell, a missing size is added as a row like the others, and a document written afresh (to
 * Markdown from JSON) writes the table back with every word of it once.
 */
class MarketSizeTableTest {
    private static final String TABLE = """
            | | Definition | Size |
            |---|---|---|
            | TAM | Port and terminal planning software worldwide | $4.1B |
            | SAM | Forecasting for the 40 largest European and Asian ports | $780M |
            | SOM | What we can win by 2029 | $62M |
            """;

    private static String strategy(String heading, String above, String table) {
        return "# Tidewater\n\n" + heading + "\n\nPorts plan berths on spreadsheets.\n\n" + above + table
                + "\n## Key Risks\n\nNone yet.\n";
    }

    private static List<String> sizes(StrategyFiles.Opened opened) {
        StrategicContext c = opened.document().getContext();
        return List.of(c.getTam(), c.getSam(), c.getSom());
    }

    @ParameterizedTest
    @ValueSource(strings = {"## Market", "## Strategic Context", "## Market Opportunity"})
    void theSizesAreReadFromTheirCellsAndTheFileIsSavedAsItWas(String heading) throws Exception {
        String text = strategy(heading, "", TABLE);
        StrategyFiles.Opened opened = open(text);
        assertEquals(List.of("$4.1B", "$780M", "$62M"), sizes(opened));
        assertEquals(text, save(opened), "a save with no edit gives the file back");
    }

    @Test
    void anEditedSizeChangesOnlyItsCell() throws Exception {
        String text = strategy("## Market", "", TABLE);
        StrategyFiles.Opened opened = open(text);
        opened.document().getContext().setSam("$900M | incl. Gulf");
        String saved = save(opened);
        assertEquals(text.replace("| $780M |", "| $900M \\| incl. Gulf |"), saved);
        assertEquals("$900M | incl. Gulf", open(saved).document().getContext().getSam());
    }

    @Test
    void aPaddedTableKeepsItsPipesInLine() throws Exception {
        String padded = """
                | Market | Size   | Basis              |
                |--------|--------|--------------------|
                | TAM    | $4.1B  | Gartner 2025       |
                | SAM    | $780M  | Top 40 ports       |
                """;
        String text = strategy("## Market", "", padded);
        StrategyFiles.Opened opened = open(text);
        assertEquals(List.of("$4.1B", "$780M", ""), sizes(opened), "the Size column, not the last one");
        opened.document().getContext().setTam("$5B");
        assertEquals(text.replace("| $4.1B  |", "| $5B    |"), save(opened));
    }

    @Test
    void aSizeTheTableLacksIsAddedAsARowLikeItsNeighbours() throws Exception {
        String twoRows = TABLE.replace("| SOM | What we can win by 2029 | $62M |\n", "");
        String text = strategy("## Market", "", twoRows);
        StrategyFiles.Opened opened = open(text);
        opened.document().getContext().setSom("$70M");
        String saved = save(opened);
        assertEquals(text.replace("| $780M |\n", "| $780M |\n| SOM | | $70M |\n"), saved);
        assertEquals(List.of("$4.1B", "$780M", "$70M"), sizes(open(saved)));
        assertFalse(saved.contains("Serviceable Obtainable"), "no list of sizes beside the table");
    }

    @Test
    void aDocumentWrittenAfreshWritesTheTableOnceUnderItsSentence() throws Exception {
        String text = strategy("## Market", "Market sizing (our estimate, Jan 2026): \n\n", TABLE);
        StrategyFiles.Opened opened = open(text);
        opened.document().getContext().setSom("$65M");
        String fresh = new StrategyFiles().text(opened.document(), FileFormat.MARKDOWN, false);
        assertTrue(fresh.contains("Market sizing (our estimate, Jan 2026):\n\n| | Definition | Size |\n|---|---|---|\n"
                + "| TAM | Port and terminal planning software worldwide | $4.1B |\n"), fresh);
        assertTrue(fresh.contains("| SOM | What we can win by 2029 | $65M |"), fresh);
        assertEquals(1, fresh.split("What we can win by 2029", -1).length - 1, "the table's words once");
        assertFalse(fresh.contains("**Market Size:**"), "no template list beside the table");
        StrategyFiles.Opened again = open(fresh);
        assertEquals(List.of("$4.1B", "$780M", "$65M"), sizes(again));
        assertEquals(fresh, new StrategyFiles().text(again.document(), FileFormat.MARKDOWN, false));
    }

    @Test
    void theTableSurvivesJsonAndBack() throws Exception {
        StrategyFiles files = new StrategyFiles();
        StrategyFiles.Opened opened = open(strategy("## Market", "", TABLE));
        String json = files.text(opened.document(), FileFormat.JSON, false);
        var fromJson = files.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), FileFormat.JSON);
        String markdown = files.text(fromJson.document(), FileFormat.MARKDOWN, false);
        assertTrue(markdown.contains(TABLE.strip()), markdown);
    }

    @Test
    void aTableOfOtherThingsAndSizesGivenTwiceAreLeftAsWritten() throws Exception {
        String list = "**Market Size:**\n- TAM: $4B\n- SAM: $700M\n- SOM: $60M\n\n";
        String text = strategy("## Market", list, TABLE);
        StrategyFiles.Opened opened = open(text);
        assertEquals(List.of("$4B", "$700M", "$60M"), sizes(opened), "the first the file gives");
        assertEquals(text, save(opened));
        String other = "| Port | Berths |\n|---|---|\n| Rotterdam | 120 |\n";
        StrategyFiles.Opened plain = open(strategy("## Market", "", other));
        assertEquals(List.of("", "", ""), sizes(plain));
    }
}
