package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.ui.field.FormattedField;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text reads as text: a field's Markdown is drawn formatted while the field is not being edited, and its source shows
 * the moment the user clicks or tabs into it; list lines show no asterisks; text kept from the file is folded where it
 * stood, the template's guidance as guidance.
 */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class FormattedTextTest extends ExampleWindowTest {
    private static final String PREFS = "app/strategyworkbook/test-formatted";

    @Override
    String preferences() {
        return PREFS;
    }

    private static String words(TextFlow flow) {
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    @Test
    void aFieldShowsItsMarkdownFormattedAndItsSourceWhileEdited() {
        TextInputControl related = robot.lookup("#header-relatedDocuments").queryAs(TextInputControl.class);
        TextFlow drawn = robot.lookup("#header-relatedDocuments-formatted").queryAs(TextFlow.class);
        assertTrue(FormattedField.isFormatted(related), "not being edited: formatted");
        assertTrue(drawn.isVisible());
        assertFalse(words(drawn).contains("`"), "code is drawn as code, without its backticks: " + words(drawn));
        assertTrue(drawn.getChildren().stream().anyMatch(n -> n.getStyleClass().contains("md-code")));
        robot.clickOn(related);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(FormattedField.isFormatted(related), "being edited: the source");
        assertFalse(drawn.isVisible());
        assertTrue(related.getText().startsWith("`/objectives-and-key-results.md`"), related.getText());
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FormattedField.isFormatted(related), "left: formatted again");
    }

    @Test
    void aListLineShowsItsBoldAsBoldWithoutAsterisks() {
        robot.clickOn("#outline-context");
        OpenWorkbook.whole(stage);
        ListCell<?> first = robot.lookup("#context-trends .list-cell").match((ListCell<?> c) -> c.getIndex() == 0)
                .queryAs(ListCell.class);
        assertTrue(first.getGraphic() instanceof TextFlow, "the line is drawn formatted");
        TextFlow flow = (TextFlow) first.getGraphic();
        assertTrue(words(flow).startsWith("AI Adoption Acceleration: 70%"), words(flow));
        Node bold = flow.getChildren().get(0);
        assertTrue(bold.getStyleClass().contains("md-strong"), "its name in bold");
        assertEquals("**AI Adoption Acceleration**: 70% of enterprises plan AI pilots in next 12 months (Gartner 2024)",
                OpenWorkbook.window(stage).workbook().document().getContext().getTrends().get(0),
                "the document keeps the Markdown as typed");
    }

    @Test
    void theTemplatesGuidanceIsFoldedAsGuidanceNotShownAsDocumentText() {
        var guidance = robot.lookup(".template-guidance").queryAllAs(TitledPane.class);
        assertFalse(guidance.isEmpty(), "the <!-- LLM: --> comment is guidance");
        TitledPane first = guidance.iterator().next();
        assertFalse(first.isExpanded(), "folded until opened");
        assertTrue(first.getText().startsWith("Guidance: This document defines"), first.getText());
        assertTrue(robot.lookup(".kept-markdown").queryAll().stream().noneMatch(n -> n.isVisible()
                && n.getScene() != null && n.localToScene(n.getBoundsInLocal()).getHeight() > 0
                && isShown(n)), "no kept text stands open in the form");
    }

    /** Whether every parent of {@code node} shows it (a folded pane's content is not shown). */
    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n instanceof TitledPane pane && pane != node && !pane.isExpanded()) {
                return false;
            }
        }
        return true;
    }
}
