package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.OpenAndSave.open;
import static app.strategyworkbook.format.markdown.OpenAndSave.save;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.Competitor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A competitor table headed in the file's own words ("Where they beat us", "How we respond") fills the template's
 * strength and differentiation, so the window shows them in those columns rather than empty ones beside the file's;
 * a column with no counterpart ("Position in our region") stays the file's own, and the table is saved as it was.
 */
class CompetitorColumnsTest {
    private static final String TABLE = """
            # Banco Ribera

            ## Competitors

            | Competitor | Position in our region | Where they beat us | How we respond |
            |---|---|---|---|
            | CaixaBank | #1 by customers | Digital app, insurance cross-selling | Personal service, credit in 48 h |
            | Ibercaja | Strong in Aragón | Asset management | Agri-food specialisation |
            """;

    @Test
    void theFilesOwnHeadersFillTheTemplatesColumns() throws Exception {
        StrategyFiles.Opened opened = open(TABLE);
        Competitor caixa = opened.document().getContext().getCompetitors().get(0);
        assertEquals("Digital app, insurance cross-selling", caixa.getStrength());
        assertEquals("Personal service, credit in 48 h", caixa.getDifferentiation());
        assertEquals("", caixa.getWeakness());
        assertEquals(List.of("#1 by customers"), caixa.getExtraCells());
        assertEquals(TABLE, save(opened));

        opened.document().getContext().getCompetitors().get(1).setDifferentiation("SME lending in a week");
        assertEquals(TABLE.replace("| Agri-food specialisation |", "| SME lending in a week |"), save(opened));
    }
}
