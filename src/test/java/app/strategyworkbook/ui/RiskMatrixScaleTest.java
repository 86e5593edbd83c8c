package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.model.Risk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The risk matrix of a strategy whose register uses its own scale: sized from the scale, labelled in its words, and
 * re-scoring a risk in the file's own scale.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RiskMatrixScaleTest extends WindowTest {
    private static final String PREFS = "app/strategyworkbook/test-risk-scales";
    private static final Path CORPUS = Path.of("src/test/resources/strategies");

    @Override
    String preferences() {
        return PREFS;
    }

    private void open(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.copy(CORPUS.resolve(name), file);
        stage = OpenWorkbook.start(file, PREFS);
        robot.clickOn("#outline-risks");
        OpenWorkbook.whole(stage);
    }

    /** Gives a chip the keyboard, as a click would, wherever the matrix stands in the scrolled form. */
    private void focus(String chip) {
        Node node = robot.lookup(chip).query();
        robot.interact(node::requestFocus);
    }

    private long cells() {
        return robot.lookup("#riskMatrix .matrix-cell").queryAll().size();
    }

    @Test
    void aOneToFiveRegisterOfTwentyFiveRisksShowsTwentyFiveChipsOnAFiveByFiveMatrix() throws Exception {
        open("21-tidewater-risk-register.md");
        assertEquals(25, cells(), "5 x 5");
        assertEquals(25, robot.lookup("#riskMatrix .risk-chip").queryAll().size(), "every risk in its cell");
        assertTrue(robot.lookup("#riskMatrix-unscored .risk-chip").queryAll().isEmpty(), "none unscored");
        assertTrue(robot.lookup("#riskMatrix-4-4 #riskChip-2").tryQuery().isPresent(), "R02: 4 x 4");
        assertTrue(robot.lookup("#riskMatrix-3-5 #riskChip-1").tryQuery().isPresent(), "R01: 3 x 5");
        assertTrue(robot.lookup("#riskMatrix .matrix-axis").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Impact: 5")), "the columns say the scale's levels");

        TableView<?> table = robot.lookup("#risks-risks").queryAs(TableView.class);
        Risk fifth = (Risk) table.getItems().get(4);
        focus("#riskChip-5");
        robot.push(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4", fifth.getLikelihood(), "written in the file's own scale: a number, not 'High'");
        assertEquals("3", fifth.getImpact());
        assertTrue(robot.lookup("#riskMatrix-4-3 #riskChip-5").tryQuery().isPresent(), "the chip moved up a row");
        robot.push(KeyCode.UP);
        robot.push(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5", fifth.getLikelihood(), "and stops at the top of the scale");
    }

    @Test
    void aRegisterInWordsOnThreePointsIsAThreeByThreeMatrixInItsWords() throws Exception {
        open("18-fjordnett-telecom.md");
        assertEquals(9, cells(), "Unlikely / Possible / Likely x Minor / Moderate / Major");
        assertEquals(6, robot.lookup("#riskMatrix .matrix-cell .risk-chip").queryAll().size());
        Node cell = robot.lookup("#riskMatrix-likely-major").query();
        assertTrue(cell.getAccessibleText().startsWith("Likelihood Likely, impact Major"), cell.getAccessibleText());
        TableView<?> table = robot.lookup("#risks-risks").queryAs(TableView.class);
        Risk owners = (Risk) table.getItems().get(3);
        assertEquals("Unlikely", owners.getLikelihood());
        focus("#riskChip-4");
        robot.push(KeyCode.UP);
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Possible", owners.getLikelihood());
        assertEquals("Major", owners.getImpact());
    }
}
