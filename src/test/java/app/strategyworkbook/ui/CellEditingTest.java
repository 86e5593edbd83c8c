package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.edit.Workbook;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.Risk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing in a table cell or a list line is kept on every way out of it, as a person leaves a cell: Enter, Tab,
 * Shift+Tab, a click elsewhere, another tab, Ctrl+S, Ctrl+W, closing the window, presenting. Escape alone drops it.
 * Each test checks what the user would look at: the document, the chart beside the table, the undo history, the file.
 */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class CellEditingTest {
    private static final String PREFS = "app/strategyworkbook/test-cells";
    private static final String INVESTMENT = "resources-allocations-investment";
    private static final String RATIONALE = "resources-allocations-rationale";
    private static final String AREA = "resources-allocations-area";

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Path strategy;

    @TempDir
    Path dir;

    @BeforeEach
    void openTheExample() throws Exception {
        stage = OpenWorkbook.startOnExample(dir, PREFS);
        strategy = dir.resolve("strategy.md");
    }

    @AfterEach
    void close() throws Exception {
        OpenWorkbook.close(PREFS);
    }

    // What the user looks at.

    private Workbook workbook() {
        return OpenWorkbook.window(stage).workbook();
    }

    private Allocation allocation(int row) {
        return workbook().document().getResources().getAllocations().get(row);
    }

    private Risk risk(int row) {
        return workbook().document().getRisks().getRisks().get(row);
    }

    private String total() {
        return robot.lookup("#allocationTotal").queryAs(Label.class).getText();
    }

    private List<String> slices() {
        return robot.lookup("#allocationChart").queryAs(javafx.scene.chart.PieChart.class).getData().stream()
                .map(javafx.scene.chart.PieChart.Data::getName).toList();
    }

    private boolean unsaved() {
        return stage.getTitle().startsWith("• ");
    }

    private String undoText() {
        return workbook().history().undoTextProperty().get();
    }

    private String saved() throws Exception {
        return Files.readString(strategy);
    }

    // What the user does.

    private void tab(String key) {
        robot.clickOn("#outline-" + key);
        OpenWorkbook.whole(stage);
    }

    private TableCell<?, ?> cell(String tableId, String columnId, int row) {
        return robot.lookup("#" + tableId + " .table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId()) && c.getIndex() == row).queryAs(TableCell.class);
    }

    /**
     * Double-clicks a cell to edit it, chooses its text (a double-click puts the caret at the end) and types over it,
     * as a person replaces a cell's text.
     */
    private void typeInCell(String tableId, String columnId, int row, String text) {
        robot.doubleClickOn(cell(tableId, columnId, row));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(editingCell(tableId), "double-clicking a cell edits it");
        press(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private javafx.scene.control.TablePosition<?, ?> editingCell(String tableId) {
        return robot.lookup("#" + tableId).queryAs(TableView.class).getEditingCell();
    }

    private void press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void answer(String dialog, String button) throws Exception {
        waitFor(() -> robot.lookup(dialog).tryQuery().map(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(robot.lookup(dialog).queryAs(Node.class)).lookup(button).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** The edit every allocation test makes: Product Development from 45% to 50%, a total of 105%. */
    private void assertFiftyPercentKept() {
        assertEquals("50%", allocation(0).getInvestment(), "the document holds what was typed");
        assertEquals("Total 105% - 5% over", total(), "the total follows");
        assertTrue(slices().contains("Product Development 50%"), "the pie follows: " + slices());
        assertTrue(unsaved(), "the document is unsaved");
        assertEquals("Undo typing in Investment", undoText(), "the edit can be undone");
    }

    // The allocation table.

    @Test
    void typingStillInACellShowsAsUnsavedAndIsJournalledBeforeTheCellIsLeft() throws Exception {
        tab("resources");
        typeInCell("resources-allocations", RATIONALE, 1, "Typed and not yet left");
        assertNotNull(editingCell("resources-allocations"), "still typing in the cell");
        assertTrue(unsaved(), "the title shows the change at once");
        assertTrue(robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class).getText()
                .contains("Unsaved changes"), "the status bar does not say Saved");
        Path journal = OpenWorkbook.journal(stage);
        waitFor(() -> Files.exists(journal) && Files.readString(journal).contains("Typed and not yet left"));
        assertEquals("Platform reliability issues blocking enterprise deals", allocation(1).getRationale(),
                "the document itself changes when the cell is left, as one undoable edit");

        press(KeyCode.ESCAPE);
        assertFalse(unsaved(), "Escape drops the typing: nothing is changed");
        waitFor(() -> !Files.exists(journal) || !Files.readString(journal).contains("Typed and not yet left"));

        tab("context");
        robot.doubleClickOn(robot.lookup("#context-trends .list-cell").match((ListCell<?> c) -> c.getIndex() == 0)
                .queryAs(Node.class));
        press(KeyCode.CONTROL, KeyCode.A);
        robot.write("A trend still being typed");
        waitFor(() -> Files.exists(journal) && Files.readString(journal).contains("A trend still being typed"));
    }

    @Test
    void endOnAChosenCellEditsThatCellWithTheCaretAtTheEndNotTheLastRow() {
        tab("risks");
        robot.clickOn(cell("risks-risks", "risks-risks-mitigation", 1));
        WaitForAsyncUtils.waitForFxEvents();
        String before = risk(1).getMitigation();
        press(KeyCode.END);
        var editing = editingCell("risks-risks");
        assertNotNull(editing, "End edits the chosen cell");
        assertEquals(1, editing.getRow(), "the chosen row, not the table's last");
        robot.write(" early");
        press(KeyCode.ENTER);
        assertEquals(before + " early", risk(1).getMitigation());
        int last = workbook().document().getRisks().getRisks().size() - 1;
        robot.clickOn(cell("risks-risks", "risks-risks-mitigation", 2));
        press(KeyCode.HOME);
        robot.write("First: ");
        press(KeyCode.TAB);
        assertTrue(risk(2).getMitigation().startsWith("First: "), "Home puts the caret at the start");
        assertFalse(risk(last).getMitigation().contains("early"), "the last risk is untouched");
    }

    @Test
    void enterKeepsACellAsOneUndoableEdit() {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        press(KeyCode.ENTER);
        assertFiftyPercentKept();
        assertNull(editingCell("resources-allocations"));
        press(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("45%", allocation(0).getInvestment());
        assertEquals("Total 100%", total());
        assertFalse(unsaved(), "undone back to the saved state");
    }

    @Test
    void tabKeepsACellAndEditsTheNextOneRowByRow() {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        press(KeyCode.TAB);
        assertFiftyPercentKept();
        var next = editingCell("resources-allocations");
        assertNotNull(next, "Tab goes on to edit the next cell, not to the Add row button");
        assertEquals(RATIONALE, next.getTableColumn().getId());
        assertEquals(0, next.getRow());
        robot.write("Enterprise first");
        press(KeyCode.TAB);
        assertEquals("Enterprise first", allocation(0).getRationale());
        next = editingCell("resources-allocations");
        assertEquals(AREA, next.getTableColumn().getId(), "after the last column, the first of the next row");
        assertEquals(1, next.getRow());
        press(KeyCode.SHIFT, KeyCode.TAB);
        next = editingCell("resources-allocations");
        assertEquals(RATIONALE, next.getTableColumn().getId(), "Shift+Tab goes back");
        assertEquals(0, next.getRow());
        press(KeyCode.ESCAPE);
        assertEquals("Enterprise first", allocation(0).getRationale(), "Escape drops only the cell being edited");
        assertEquals("Engineering Infrastructure", allocation(1).getArea(), "passing through a cell changes nothing");
        press(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("Core product gaps must be filled to compete in enterprise", allocation(0).getRationale(),
                "each kept cell is one step");
        assertEquals("50%", allocation(0).getInvestment());
    }

    @Test
    void tabOnTheLastCellKeepsItAndAddsARowToTypeIn() {
        tab("resources");
        typeInCell("resources-allocations", RATIONALE, 4, "Lean");
        press(KeyCode.TAB);
        assertEquals("Lean", allocation(4).getRationale(), "the last cell is kept");
        var next = editingCell("resources-allocations");
        assertNotNull(next, "Tab past the last cell adds a row, as a word processor's table does");
        assertEquals(5, next.getRow());
        assertEquals(AREA, next.getTableColumn().getId(), "and edits its first cell");
        robot.write("Partnerships");
        press(KeyCode.TAB);
        robot.write("5%");
        robot.clickOn("#allocationTotal");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Partnerships", allocation(5).getArea());
        assertEquals("5%", allocation(5).getInvestment());
        assertEquals("Total 105% - 5% over", total());
    }

    @Test
    void aRowAddedByTabAndLeftEmptyWithEscapeGoesAgainLeavingNoTrace() throws Exception {
        tab("resources");
        var rows = workbook().document().getResources().getAllocations();
        typeInCell("resources-allocations", RATIONALE, 4, "Lean");
        press(KeyCode.TAB);
        assertEquals(6, rows.size());
        press(KeyCode.ESCAPE);
        assertEquals(5, rows.size(), "the new row, left empty, is gone");
        assertEquals("Lean", allocation(4).getRationale(), "what was typed before stays");
        assertEquals("Undo typing in Rationale", undoText(), "the row's adding is not left in the history");
        assertFalse(workbook().history().canRedoProperty().get(), "nor can redo bring it back");
        Node focus = stage.getScene().getFocusOwner();
        assertTrue(focus instanceof TableView, "the keyboard stays in the table: " + focus);
        press(KeyCode.TAB);
        assertFalse(stage.getScene().getFocusOwner() instanceof TableView,
                "Tab, with no cell being edited, goes on past the table");
    }

    @Test
    void aRowWithSomethingTypedStaysWhenEscapeDropsTheNextCell() {
        tab("resources");
        var rows = workbook().document().getResources().getAllocations();
        robot.clickOn("#resources-allocations-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Partnerships");
        press(KeyCode.TAB);
        press(KeyCode.ESCAPE);
        assertEquals(6, rows.size(), "a row with words in it is never removed by Escape");
        assertEquals("Partnerships", allocation(5).getArea());
    }

    @Test
    void shiftTabOnTheFirstCellKeepsItAndGoesBackBeforeTheTable() {
        tab("resources");
        typeInCell("resources-allocations", AREA, 0, "Product");
        press(KeyCode.SHIFT, KeyCode.TAB);
        assertEquals("Product", allocation(0).getArea());
        assertNull(editingCell("resources-allocations"));
        assertFalse(stage.getScene().getFocusOwner() instanceof TableView, "the keyboard went back before the table");
    }

    @Test
    void clickingSomethingThatTakesNoFocusKeepsTheCell() {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        robot.clickOn("#allocationTotal");
        WaitForAsyncUtils.waitForFxEvents();
        assertFiftyPercentKept();
        assertNull(editingCell("resources-allocations"));
    }

    @Test
    void clickingAnotherCellKeepsTheCellAndSavingWritesIt() throws Exception {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        robot.clickOn(cell("resources-allocations", AREA, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertFiftyPercentKept();
        assertNull(editingCell("resources-allocations"), "one click chooses the other cell, as in a spreadsheet");
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !unsaved());
        assertTrue(saved().contains("| Product Development | 50% |"), "the file holds the kept cell");
    }

    @Test
    void ctrlSWhileACellIsBeingEditedSavesWhatWasTyped() throws Exception {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !unsaved());
        assertTrue(saved().contains("| Product Development | 50% |"), "the save took the cell's typing");
        assertEquals("50%", allocation(0).getInvestment());
        assertEquals("Total 105% - 5% over", total());
    }

    @Test
    void ctrlWWhileEditingAsksAndSaveWritesWhatWasTyped() throws Exception {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        press(KeyCode.CONTROL, KeyCode.W);
        answer("#unsavedPrompt", "Save");
        waitFor(() -> stage.getTitle().startsWith("New strategy"));
        assertTrue(saved().contains("| Product Development | 50% |"));
    }

    @Test
    void switchingTabWhileEditingKeepsTheCell() {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        tab("risks");
        assertEquals("50%", allocation(0).getInvestment());
        tab("resources");
        assertFiftyPercentKept();
    }

    @Test
    void ctrlTabToTheNextSectionKeepsTheCell() {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        press(KeyCode.CONTROL, KeyCode.TAB);
        assertEquals("tab-risks", robot.lookup("#sections").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId());
        assertEquals("50%", allocation(0).getInvestment());
    }

    @Test
    void closingTheWindowWhileEditingKeepsTheCellAndAsks() throws Exception {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        javafx.application.Platform.runLater(() -> stage.fireEvent(
                new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        answer("#unsavedPrompt", "Cancel");
        assertTrue(stage.isShowing());
        assertFiftyPercentKept();
    }

    @Test
    void presentingWhileEditingKeepsTheCell() throws Exception {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        press(KeyCode.F5);
        answer("#slideChooser", "Cancel");
        assertFiftyPercentKept();
    }

    @Test
    void escapeAloneDropsTheTyping() {
        tab("resources");
        typeInCell("resources-allocations", INVESTMENT, 0, "50%");
        press(KeyCode.ESCAPE);
        assertEquals("45%", allocation(0).getInvestment());
        assertEquals("Total 100%", total());
        assertFalse(unsaved());
        assertFalse(workbook().history().canUndoProperty().get(), "nothing to undo");
        assertEquals("45%", cell("resources-allocations", INVESTMENT, 0).getText(), "the cell shows the old value");
    }

    @Test
    void typingOnAChosenCellStartsEditingItWithWhatWasTyped() {
        tab("resources");
        robot.clickOn(cell("resources-allocations", INVESTMENT, 0));
        robot.write("50%");
        press(KeyCode.ENTER);
        assertFiftyPercentKept();
    }

    @Test
    void aRowAddedByButtonIsEditedAndKeptByTab() throws Exception {
        tab("resources");
        robot.clickOn("#resources-allocations-add");
        WaitForAsyncUtils.waitForFxEvents();
        var editing = editingCell("resources-allocations");
        assertEquals(5, editing.getRow());
        assertEquals(AREA, editing.getTableColumn().getId());
        var selected = robot.lookup("#resources-allocations").queryAs(TableView.class).getSelectionModel()
                .getSelectedCells();
        assertEquals(1, selected.size(), "the first cell is chosen, not the row with its last cell highlighted");
        assertEquals(AREA, ((javafx.scene.control.TablePosition<?, ?>) selected.get(0)).getTableColumn().getId());
        robot.write("Partnerships");
        press(KeyCode.TAB);
        robot.write("5%");
        robot.clickOn("#allocationTotal");
        assertEquals("Partnerships", allocation(5).getArea());
        assertEquals("5%", allocation(5).getInvestment());
        assertEquals("Total 105% - 5% over", total());
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !unsaved());
        // The new row is written like its neighbours, padded as they are.
        assertTrue(saved().matches("(?s).*\\| Partnerships +\\| 5% +\\|.*"), saved());
    }

    // Boxes of text.

    @Test
    void tabLeavesABoxOfTextForTheNextFieldAndTypesNoTabCharacter() throws Exception {
        tab("overview");
        var mission = robot.lookup("#overview-mission").queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> {
            mission.requestFocus();
            mission.selectAll();
        });
        robot.write("Move every pump a customer needs.");
        press(KeyCode.TAB);
        assertEquals("Move every pump a customer needs.", workbook().document().getOverview().getMission(),
                "no tab character typed");
        assertEquals("overview-vision", ((javafx.scene.Node) stage.getScene().getFocusOwner()).getId());
        press(KeyCode.SHIFT, KeyCode.TAB);
        assertEquals("overview-mission", ((javafx.scene.Node) stage.getScene().getFocusOwner()).getId());
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !unsaved());
        assertTrue(saved().contains("\nMove every pump a customer needs.\n"), saved());
    }

    // The risk table and its matrix.

    @Test
    void aRiskNamedThenTabbedAwayShowsInTheMatrix() {
        tab("risks");
        typeInCell("risks-risks", "risks-risks-risk", 0, "Model prices triple");
        press(KeyCode.TAB);
        assertEquals("Model prices triple", risk(0).getRisk());
        assertTrue(robot.lookup("#riskMatrix-legend .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("1. Model prices triple")), "the matrix names it");
        var next = editingCell("risks-risks");
        assertEquals("risks-risks-likelihood", next.getTableColumn().getId(), "Tab went on to the likelihood");
    }

    @Test
    void aLevelTypedThenClickedAwayIsKept() {
        tab("risks");
        typeInCell("risks-risks", "risks-risks-likelihood", 0, "High");
        robot.clickOn("#riskMatrix-legend");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("High", risk(0).getLikelihood());
        assertTrue(unsaved());
        assertEquals("Undo typing in Likelihood", undoText());
    }

    @Test
    void aLevelChosenFromTheScaleIsKeptAtOnce() {
        tab("risks");
        robot.doubleClickOn(cell("risks-risks", "risks-risks-impact", 1));
        WaitForAsyncUtils.waitForFxEvents();
        press(KeyCode.ALT, KeyCode.DOWN);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "Medium".equals(
                c.getItem())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Medium", risk(1).getImpact(), "was Critical");
        assertNull(editingCell("risks-risks"));
        assertEquals("Undo typing in Impact", undoText());
    }

    // A list.

    @Test
    void aListLineKeptByTabEnterAndClickAwayAndDroppedByEscape() throws Exception {
        tab("context");
        ListView<?> trends = robot.lookup("#context-trends").queryAs(ListView.class);
        var items = workbook().document().getContext().getTrends();
        robot.doubleClickOn(robot.lookup("#context-trends .list-cell").match((ListCell<?> c) -> c.getIndex() == 0)
                .queryAs(Node.class));
        press(KeyCode.CONTROL, KeyCode.A);
        robot.write("First trend");
        press(KeyCode.TAB);
        assertEquals("First trend", items.get(0), "Tab keeps the line");
        assertEquals(1, trends.getEditingIndex(), "and edits the next");
        robot.write("Second trend");
        press(KeyCode.ENTER);
        assertEquals("Second trend", items.get(1), "Enter keeps it");
        assertEquals(-1, trends.getEditingIndex());
        robot.doubleClickOn(robot.lookup("#context-trends .list-cell").match((ListCell<?> c) -> c.getIndex() == 2)
                .queryAs(Node.class));
        press(KeyCode.CONTROL, KeyCode.A);
        robot.write("Third trend");
        robot.clickOn("#context-tam");
        assertEquals("Third trend", items.get(2), "a click on another field keeps it");
        robot.doubleClickOn(robot.lookup("#context-trends .list-cell").match((ListCell<?> c) -> c.getIndex() == 2)
                .queryAs(Node.class));
        robot.write("Not wanted");
        press(KeyCode.ESCAPE);
        assertEquals("Third trend", items.get(2), "Escape drops it");
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !unsaved());
        String file = saved();
        assertTrue(file.contains("- First trend\n- Second trend\n- Third trend\n"), file);
        var reopened = new StrategyFiles().open(strategy).document().getContext().getTrends();
        assertEquals(List.of("First trend", "Second trend", "Third trend"), reopened);
        for (int step = 0; step < 3; step++) {
            press(KeyCode.CONTROL, KeyCode.Z);
        }
        assertTrue(items.get(0).startsWith("**AI Adoption"), "three kept lines, three undo steps: " + items.get(0));
        assertFalse(workbook().history().canUndoProperty().get());
    }

    @Test
    void ctrlSWhileAListLineIsBeingEditedSavesIt() throws Exception {
        tab("context");
        robot.doubleClickOn(robot.lookup("#context-trends .list-cell").match((ListCell<?> c) -> c.getIndex() == 0)
                .queryAs(Node.class));
        press(KeyCode.CONTROL, KeyCode.A);
        robot.write("Only trend that matters");
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !unsaved());
        assertTrue(saved().contains("- Only trend that matters\n"), saved());
    }

    @Test
    void tabOnTheLastLineOfAListKeepsItAndAddsALineThatEscapeTakesBackWhenEmpty() {
        tab("context");
        ListView<?> trends = robot.lookup("#context-trends").queryAs(ListView.class);
        var items = workbook().document().getContext().getTrends();
        robot.doubleClickOn(robot.lookup("#context-trends .list-cell").match((ListCell<?> c) -> c.getIndex() == 2)
                .queryAs(Node.class));
        robot.write(" (and the UK)");
        press(KeyCode.TAB);
        assertTrue(items.get(2).endsWith("governance tooling (and the UK)"), "typed at the end, kept: " + items.get(2));
        assertEquals(4, items.size(), "Tab past the last line adds one");
        assertEquals(3, trends.getEditingIndex(), "and edits it");
        robot.write("Open-weight models close the gap");
        press(KeyCode.TAB);
        assertEquals("Open-weight models close the gap", items.get(3));
        assertEquals(5, items.size());
        press(KeyCode.ESCAPE);
        assertEquals(4, items.size(), "the empty line added last goes again on Escape");
        assertEquals(-1, trends.getEditingIndex());
    }

    /** Editing a cell shows where typing goes: F2 or a double-click puts the caret at the end, choosing nothing. */
    @Test
    void aCellOpenedByDoubleClickHasTheCaretAtTheEndAndTabChoosesTheNextCellsTextVisibly() throws Exception {
        tab("resources");
        robot.doubleClickOn(cell("resources-allocations", AREA, 0));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField input = (javafx.scene.control.TextField) stage.getScene().getFocusOwner();
        assertEquals("", input.getSelectedText(), "nothing is chosen, so nothing is replaced unseen");
        assertEquals(input.getLength(), input.getCaretPosition(), "the caret is at the end");
        robot.write(" and design");
        press(KeyCode.TAB);
        assertEquals("Product Development and design", allocation(0).getArea());
        javafx.scene.control.TextField next = (javafx.scene.control.TextField) stage.getScene().getFocusOwner();
        assertEquals("45%", next.getSelectedText(), "Tab chooses the next cell's text, as a word processor does");
        // The choice is drawn in the strong accent, which the chosen cell's own light background does not hide.
        javafx.scene.image.Image picture = WaitForAsyncUtils.asyncFx(() -> next.snapshot(null, null)).get();
        javafx.scene.paint.Color accent = javafx.scene.paint.Color.web("#0969da");
        boolean shown = false;
        for (int x = 0; x < picture.getWidth() && !shown; x++) {
            for (int y = 0; y < picture.getHeight() && !shown; y++) {
                javafx.scene.paint.Color c = picture.getPixelReader().getColor(x, y);
                shown = Math.abs(c.getRed() - accent.getRed()) < 0.08 && Math.abs(c.getGreen() - accent.getGreen()) < 0.08
                        && Math.abs(c.getBlue() - accent.getBlue()) < 0.08;
            }
        }
        assertTrue(shown, "the chosen text is drawn on the accent colour");
        press(KeyCode.ESCAPE);
    }

    @Test
    void linesPastedIntoAOneLineFieldOrCellBecomeWordsWithSpaces() throws Exception {
        tab("context");
        javafx.scene.control.TextField tam = robot.lookup("#context-tam").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent lines = new javafx.scene.input.ClipboardContent();
            lines.putString("$60B\nall AI infrastructure\r\nspending");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(lines);
        });
        robot.clickOn(tam);
        press(KeyCode.CONTROL, KeyCode.A);
        press(KeyCode.CONTROL, KeyCode.V);
        assertEquals("$60B all AI infrastructure spending", workbook().document().getContext().getTam());
        robot.doubleClickOn(robot.lookup("#context-trends .list-cell").match((ListCell<?> c) -> c.getIndex() == 0)
                .queryAs(Node.class));
        press(KeyCode.CONTROL, KeyCode.A);
        press(KeyCode.CONTROL, KeyCode.V);
        press(KeyCode.ENTER);
        assertEquals("$60B all AI infrastructure spending", workbook().document().getContext().getTrends().get(0));
    }
}
