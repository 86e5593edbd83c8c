package app.strategyworkbook.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * On a 1–5 register, a risk's score is likelihood × impact: changing a level, in a cell or by moving the risk on the
 * matrix, changes the score with it, in one step that one undo takes back. A score of the file's own is left alone.
 */
class ScoreFollowsLevelsTest {
    private static final String REGISTER = """
            # Tidewater

            ## Risks

            | ID | Risk | Probability | Impact | Score | Owner |
            |---|---|---|---|---|---|
            | R01 | Navis integration slips | 3 | 3 | 9 | VP Engineering |
            | R02 | Key forecaster leaves | 2 | 4 | 10 | CEO |
            | R03 | Port data feed changes | 2 | 2 |  | CTO |
            """;

    private final StrategyDocument doc;
    private final EditHistory history = new EditHistory();

    ScoreFollowsLevelsTest() throws Exception {
        doc = new StrategyFiles().read(REGISTER.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN).document();
        new DocumentWatcher(doc, history);
    }

    private Risk risk(int i) {
        return doc.getRisks().getRisks().get(i);
    }

    @Test
    void aLevelChangedInACellChangesTheScoreInTheSameStep() {
        history.asOneEdit("editing risk 1", () -> risk(0).setLikelihood("4"));
        assertEquals("12", risk(0).getScore());
        history.undo();
        assertEquals("3", risk(0).getLikelihood());
        assertEquals("9", risk(0).getScore(), "one undo takes both back");
        history.redo();
        assertEquals("12", risk(0).getScore());
    }

    @Test
    void aRiskMovedOnTheMatrixIsScoredAtItsNewCell() {
        history.asOneEdit("moving risk 1", () -> {
            risk(0).setLikelihood("5");
            risk(0).setImpact("4");
        });
        assertEquals("20", risk(0).getScore());
    }

    @Test
    void aScoreOfTheFilesOwnOrNoneIsLeftAlone() {
        risk(1).setLikelihood("3"); // 10 was not 2 x 4
        assertEquals("10", risk(1).getScore());
        risk(2).setImpact("3");
        assertEquals("", risk(2).getScore());
    }
}
