package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The workbook window, headless, used as a person would: by clicking controls by id and typing. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkbookWindowTest {
    private static final String PREFS = "app/strategyworkbook/test";
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @TempDir
    Path dir;

    private Path strategy;

    @BeforeEach
    void copyExample() throws Exception {
        strategy = dir.resolve("strategy.md");
        Files.copy(Path.of("samples/example-strategy.md"), strategy);
    }

    private void start(Path file) throws Exception {
        stage = OpenWorkbook.start(file, PREFS);
    }

    @AfterEach
    void close() throws Exception {
        OpenWorkbook.close(PREFS);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryAs(TextInputControl.class).getText();
    }

    private void tab(String key) {
        robot.clickOn("#outline-" + key);
        OpenWorkbook.whole(stage);
    }

    private void typeInto(String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.end();
        });
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A button of the unsaved-changes prompt (the toolbar behind it has a "Save" too). */
    private void answer(String button) throws Exception {
        click("#unsavedPrompt", button);
    }

    /** Clicks a button of a dialog once the dialog's window is on screen. */
    private void click(String dialog, String button) throws Exception {
        waitFor(() -> robot.lookup(dialog).tryQuery().map(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(robot.lookup(dialog).queryAs(Node.class)).lookup(button).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensTheExampleByArgumentAndShowsItsDataOnEveryTab() throws Exception {
        start(strategy);
        assertEquals("strategy.md - Strategy Workbook", stage.getTitle());
        assertEquals("To empower developers to build production-grade AI applications without infrastructure "
                + "complexity.", text("overview-mission"));
        assertEquals("Maya Chen, CEO", text("footer-owner"));
        tab("context");
        assertTrue(text("context-tam").startsWith("$50B"));
        tab("pillars");
        assertEquals("Developer Experience Excellence", text("pillars-0-name"));
        tab("segments");
        assertEquals("AI-Native Startups (5-50 developers)", text("segments-1-name"));
        tab("goToMarket");
        assertTrue(text("goToMarket-salesMotion").startsWith("Hybrid"));
        tab("product");
        assertTrue(text("product-portfolio").startsWith("One platform"));
        tab("technology");
        assertEquals("Best-of-breed with standardization where it matters", text("technology-approach"));
        tab("resources");
        assertEquals(5, robot.lookup("#resources-allocations").queryAs(TableView.class).getItems().size());
        tab("risks");
        assertEquals(4, robot.lookup("#risks-risks").queryAs(TableView.class).getItems().size());
        tab("success");
        assertEquals("Q4 2027", text("success-oneYear-date"));
        tab("guidance");
        assertEquals("For Leadership Team", text("guidance-0-audience"));
        String status = robot.lookup("#status").queryAs(StatusBar.class).getText();
        assertTrue(status.contains("strategy.md") && status.contains("Markdown"), status);
        String badge = robot.lookup("#checksBadge").queryAs(Button.class).getText();
        assertTrue(badge.startsWith("0 errors, 0 warnings") && badge.endsWith("100% filled in"), badge);
    }

    @Test
    void anEditShowsUnsavedAndSavingWritesItToTheFile() throws Exception {
        String before = Files.readString(strategy);
        start(strategy);
        typeInto("overview-mission", " Everywhere.");
        assertTrue(stage.getTitle().startsWith("• "), stage.getTitle());
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !stage.getTitle().startsWith("• "));
        assertEquals(before.replace("without infrastructure complexity.\n",
                "without infrastructure complexity. Everywhere.\n"), Files.readString(strategy),
                "the file is as it was, with the edit");
        var reopened = new app.strategyworkbook.files.StrategyFiles().open(strategy).document();
        assertTrue(reopened.getOverview().getMission().endsWith("Everywhere."));
    }

    @Test
    void undoAndRedoWorkAcrossTabsAndUndoingToTheSavedStateClearsTheMark() throws Exception {
        start(strategy);
        typeInto("overview-vision", " Soon.");
        tab("context");
        typeInto("context-tam", " total");
        press(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(text("context-tam").endsWith("spending)"), text("context-tam"));
        assertTrue(stage.getTitle().startsWith("• "));
        press(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("Every developer can leverage AI as easily as they use a database today.",
                text("overview-vision"));
        assertFalse(stage.getTitle().startsWith("• "), "undone back to the saved state");
        press(KeyCode.CONTROL, KeyCode.Y);
        assertTrue(text("overview-vision").endsWith("Soon."));
        assertTrue(stage.getTitle().startsWith("• "));
    }

    @Test
    void newAsksAboutUnsavedChangesAndCancelKeepsThem() throws Exception {
        start(strategy);
        typeInto("overview-mission", " More.");
        press(KeyCode.CONTROL, KeyCode.N);
        waitFor(() -> robot.lookup("#unsavedPrompt").tryQuery().isPresent());
        answer("Cancel");
        assertTrue(text("overview-mission").endsWith("More."));
        press(KeyCode.CONTROL, KeyCode.W);
        waitFor(() -> robot.lookup("#unsavedPrompt").tryQuery().isPresent());
        answer("Don't Save");
        assertEquals("", text("overview-mission"), "closed: a new strategy from the template");
        assertEquals("New strategy - Strategy Workbook", stage.getTitle());
    }

    @Test
    void openingAnotherFileAsksAndSaveKeepsTheEditsFirst() throws Exception {
        start(strategy);
        typeInto("overview-vision", " Kept.");
        Path other = dir.resolve("other.json");
        Files.copy(Path.of("samples/example-strategy.json"), other);
        // Posted, not awaited: opening may show the modal unsaved-changes prompt.
        javafx.application.Platform.runLater(() -> windowOf().open(other));
        waitFor(() -> robot.lookup("#unsavedPrompt").tryQuery().isPresent());
        answer("Save");
        waitFor(() -> stage.getTitle().startsWith("other.json"));
        assertTrue(Files.readString(strategy).contains("database today. Kept."));
    }

    /** The problems listed in the checks drawer (not the fields left to fill in), as the user sees them. */
    private java.util.List<Button> problems() {
        return robot.lookup("#checkPanel .finding").queryAllAs(Button.class).stream()
                .filter(b -> !b.getStyleClass().contains("unfilled")).toList();
    }

    private WorkbookWindow windowOf() {
        return OpenWorkbook.window(stage);
    }

    @Test
    void aBrokenFileSaysWhyAndLeavesTheOpenDocumentAsItWas() throws Exception {
        start(strategy);
        typeInto("overview-vision", " Mine.");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": 1, \"overview\": ");
        robot.interact(() -> windowOf().workbook().history().markSaved());
        javafx.application.Platform.runLater(() -> windowOf().open(broken));
        waitFor(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        String message = robot.lookup("#errorDialog").queryAs(DialogPane.class).getContentText();
        assertTrue(message.startsWith("Cannot open " + broken + ": it is not valid JSON"), message);
        assertTrue(text("overview-vision").endsWith("Mine."));
        assertEquals("strategy.md - Strategy Workbook", stage.getTitle());
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheChangesUnsaved() throws Exception {
        start(strategy);
        typeInto("overview-mission", " Again.");
        Path nowhere = dir.resolve("gone").resolve("strategy.md");
        javafx.application.Platform.runLater(() -> windowOf().saveTo(nowhere));
        waitFor(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        String message = robot.lookup("#errorDialog").queryAs(DialogPane.class).getContentText();
        assertEquals("Cannot save " + nowhere + ": its folder does not exist.", message);
        assertTrue(stage.getTitle().startsWith("• strategy.md"), stage.getTitle());
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void savingOverAFileChangedOnDiskAsksAndNeverSilentlyOverwrites() throws Exception {
        start(strategy);
        String theirs = Files.readString(strategy).replace("Maya Chen, CEO", "Maya Chen, CEO (review with board)");
        Files.writeString(strategy, theirs);
        typeInto("overview-vision", " Mine.");
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#changedOnDisk").tryQuery().isPresent());
        click("#changedOnDisk", "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(theirs, Files.readString(strategy), "their change is still there");
        assertTrue(stage.getTitle().startsWith("• "), "mine is still unsaved");
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> robot.lookup("#changedOnDisk").tryQuery().isPresent());
        click("#changedOnDisk", "Overwrite");
        waitFor(() -> !stage.getTitle().startsWith("• "));
        assertTrue(Files.readString(strategy).contains("database today. Mine."));
        assertEquals(theirs, Files.readString(app.strategyworkbook.files.StrategyFiles.backupOf(strategy)),
                "and their version is kept as the backup");
        press(KeyCode.CONTROL, KeyCode.S);
        // That save is done when the backup holds my version; it must not have asked.
        waitFor(() -> Files.readString(app.strategyworkbook.files.StrategyFiles.backupOf(strategy))
                .contains("database today. Mine."));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#changedOnDisk").tryQuery().isEmpty(), "a file saved here is not 'changed'");
    }

    @Test
    void typingInACellNotYetLeftComesBackAfterACrash() throws Exception {
        Path recovery = dir.resolve("recovery");
        stage = OpenWorkbook.start(strategy, PREFS, recovery);
        tab("resources");
        var values = robot.lookup("#resources-allocations").queryAs(javafx.scene.control.TableView.class);
        robot.clickOn("#resources-allocations-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Grit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(values.getEditingCell() != null, "still typing in the new row's first cell");
        Path journal = OpenWorkbook.journal(stage);
        waitFor(() -> Files.exists(journal) && Files.readString(journal).contains("Grit"));
        OpenWorkbook.crash(stage);
        stage = OpenWorkbook.start(null, PREFS, recovery);
        waitFor(() -> robot.lookup("#restorePrompt").tryQuery().isPresent());
        click("#restorePrompt", "Restore");
        waitFor(() -> windowOf().workbook().document() != null);
        var restored = windowOf().workbook().document().getResources().getAllocations();
        assertEquals("Grit", restored.get(restored.size() - 1).getArea(), "the typing came back with its row");
    }

    @Test
    void unsavedEditsComeBackAfterACrash() throws Exception {
        Path recovery = dir.resolve("recovery");
        stage = OpenWorkbook.start(strategy, PREFS, recovery);
        typeInto("overview-vision", " Journalled.");
        Path journal = OpenWorkbook.journal(stage);
        waitFor(() -> Files.exists(journal) && Files.readString(journal).contains("Journalled."));
        OpenWorkbook.crash(stage);
        stage = OpenWorkbook.start(null, PREFS, recovery);
        waitFor(() -> robot.lookup("#restorePrompt").tryQuery().isPresent());
        assertEquals(null, windowOf().workbook().document(),
                "asked before any document is shown: no new, blank strategy behind the question");
        String offer = robot.lookup("#restorePrompt").queryAs(DialogPane.class).getContentText();
        assertTrue(offer.contains("strategy.md"), offer);
        click("#restorePrompt", "Restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("overview-vision").endsWith("database today. Journalled."), text("overview-vision"));
        assertTrue(stage.getTitle().startsWith("• strategy.md"), "restored changes are unsaved: " + stage.getTitle());
        // The restored edits are this window's now: journalled in its own folder before the crashed one's goes.
        Path restored = OpenWorkbook.journal(stage);
        waitFor(() -> !Files.exists(journal.getParent()));
        assertTrue(Files.readString(restored).contains("Journalled."));
        press(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> Files.readString(strategy).contains("Journalled."));
        waitFor(() -> !Files.exists(restored));
        assertEquals(java.util.List.of(), OpenWorkbook.journals(recovery),
                "saved: nothing left to offer");
    }

    /** A colleague's program rewrites the strategy: {@code change} edits the text on disk. */
    private void changeOnDisk(java.util.function.UnaryOperator<String> change) throws Exception {
        String text = change.apply(Files.readString(strategy));
        Files.writeString(strategy, text);
        // Some file systems keep whole seconds: make sure the change shows in the time, too.
        Files.setLastModifiedTime(strategy, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 2000));
    }

    private boolean barShown() {
        return OpenWorkbook.window(stage).outsideChanges().isShowing();
    }

    @Test
    void aChangeOnDiskShowsTheBarAndReloadTakesTheirVersion() throws Exception {
        start(strategy);
        changeOnDisk(t -> t.replace("as easily as they use a database today.", "as easily as they send e-mail."));
        waitFor(this::barShown);
        assertTrue(robot.lookup("#outsideChangeBar .label").queryAs(javafx.scene.control.Label.class).getText()
                .contains("Company Overview"), "the bar names the section that differs");
        robot.clickOn("#reloadFromDisk");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("overview-vision").endsWith("as easily as they send e-mail."), text("overview-vision"));
        assertFalse(stage.getTitle().startsWith("•"), "their version, as on disk, is not unsaved");
        waitFor(() -> !barShown());
    }

    @Test
    void keepMineKeepsMyEditsAndTheNextSaveStillAsks() throws Exception {
        start(strategy);
        typeInto("overview-vision", " Mine.");
        changeOnDisk(t -> t.replace("| Major security breach", "| A colleague's new risk | Low | Low | Watch |\n"
                + "| Major security breach"));
        waitFor(this::barShown);
        robot.clickOn("#compareWithDisk");
        waitFor(() -> robot.lookup("#compareDialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        var parts = (javafx.scene.control.ListView<app.strategyworkbook.format.Comparison.Difference>) robot
                .lookup("#differingParts").queryAs(javafx.scene.control.ListView.class);
        assertEquals(java.util.List.of("Company Overview", "Key Risks and Mitigation"),
                parts.getItems().stream().map(app.strategyworkbook.format.Comparison.Difference::part).toList());
        robot.interact(() -> parts.getSelectionModel().select(1));
        var marked = robot.lookup("#partLines .compare-theirs").queryAllAs(javafx.scene.control.Label.class);
        assertEquals(1, marked.size(), "one line only on disk");
        assertTrue(marked.iterator().next().getText().contains("A colleague's new risk"));
        assertTrue(robot.lookup("#partLines .compare-mine").queryAll().isEmpty(), "no line only in mine");
        click("#compareDialog", "Keep Mine");
        waitFor(() -> !barShown());
        assertTrue(text("overview-vision").endsWith(" Mine."), "my edit is still here");
        typeInto("overview-vision", " Still mine.");
        press(KeyCode.CONTROL, KeyCode.S);
        click("#changedOnDisk", "Cancel");
        assertTrue(Files.readString(strategy).contains("A colleague's new risk"), "their file was not overwritten");
    }

    @Test
    void aRewriteThatChangesNothingIsTakenInSilently() throws Exception {
        start(strategy);
        var before = OpenWorkbook.window(stage).workbook().diskStamp();
        changeOnDisk(t -> t);
        waitFor(() -> !OpenWorkbook.window(stage).workbook().diskStamp().equals(before));
        assertFalse(barShown(), "nothing to ask: the strategy on disk is the one open here");
    }

    @Test
    void aFileDeletedOnDiskIsSaidAndCanBeSavedAgain() throws Exception {
        start(strategy);
        Files.delete(strategy);
        waitFor(this::barShown);
        assertTrue(robot.lookup("#saveAgain").queryAs(Node.class).isVisible());
        robot.clickOn("#saveAgain");
        waitFor(() -> Files.exists(strategy) && Files.readString(strategy).contains("Lumen AI"));
        waitFor(() -> !barShown());
    }

    /** Hostile-file catalogue H23 and H24 in the window: huge files open and their tabs show without freezing it. */
    @Test
    void tenThousandHeadingsAndFiveHundredColumnsOpenInTheWindow() throws Exception {
        StringBuilder text = new StringBuilder("## Company Overview\n\n### Mission\nOne mission.\n\n");
        for (int i = 1; i <= 10_000; i++) {
            text.append("#### Note ").append(i).append("\n\nWords of note ").append(i).append(".\n\n");
        }
        text.append("## Key Risks and Mitigation\n\n| Risk | Likelihood | Impact | Mitigation Strategy |");
        for (int c = 1; c <= 496; c++) {
            text.append(" Extra ").append(c).append(" |");
        }
        text.append("\n|---|---|---|---|").append("---|".repeat(496)).append('\n');
        for (int r = 1; r <= 20; r++) {
            text.append("| Risk ").append(r).append(" | Low | High | Watch |").append(" v |".repeat(496)).append('\n');
        }
        Path hostile = dir.resolve("hostile.md");
        Files.writeString(hostile, text);
        start(hostile);
        assertEquals("One mission.", text("overview-mission"));
        long before = System.nanoTime();
        tab("risks");
        long millis = (System.nanoTime() - before) / 1_000_000;
        var table = robot.lookup("#risks-risks").queryAs(javafx.scene.control.TableView.class);
        assertEquals(20, table.getItems().size());
        assertTrue(table.getColumns().size() >= 500, "every column is there to edit");
        // Not a timing target: a bound far above a normal machine, so a table that freezes the window fails here.
        assertTrue(millis < 10_000, "the risks tab took " + millis + " ms to show");
    }

    @Test
    void editsSurviveTheAppBeingKilled() throws Exception {
        Path recovery = dir.resolve("recovery");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(javaCommand, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), EditThenWait.class.getName(),
                strategy.toAbsolutePath().toString(), recovery.toString(), PREFS + "-killed")
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(app.getInputStream()))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("edited"));
            assertEquals("edited", line, "the app in its own JVM opened the strategy and was edited");
            // The app's own journal, in the folder of its session.
            waitFor(() -> {
                for (Path journal : OpenWorkbook.journals(recovery)) {
                    if (Files.readString(journal).contains(EditThenWait.EDIT.strip())) {
                        return true;
                    }
                }
                return false;
            });
            app.destroyForcibly(); // SIGKILL: nothing of the app's own runs after this.
            assertTrue(app.waitFor(10, TimeUnit.SECONDS));
        } finally {
            app.destroyForcibly();
            java.util.prefs.Preferences.userRoot().node(PREFS + "-killed").removeNode();
        }
        assertFalse(Files.readString(strategy).contains(EditThenWait.EDIT.strip()), "the edit was never saved");

        stage = OpenWorkbook.start(null, PREFS, recovery);
        click("#restorePrompt", "Restore");
        assertTrue(text("overview-vision").endsWith(EditThenWait.EDIT), text("overview-vision"));
        assertTrue(stage.getTitle().startsWith("• strategy.md"), stage.getTitle());
    }

    @Test
    void decliningToRestoreDiscardsTheJournal() throws Exception {
        Path recovery = dir.resolve("recovery");
        stage = OpenWorkbook.start(strategy, PREFS, recovery);
        typeInto("overview-vision", " Unwanted.");
        Path journal = OpenWorkbook.journal(stage);
        waitFor(() -> Files.exists(journal));
        OpenWorkbook.crash(stage);
        stage = OpenWorkbook.start(null, PREFS, recovery);
        waitFor(() -> robot.lookup("#restorePrompt").tryQuery().isPresent());
        click("#restorePrompt", "Discard");
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> !Files.exists(journal.getParent()));
        assertEquals(java.util.List.of(), OpenWorkbook.journals(recovery));
        assertEquals("", text("overview-vision"), "a new strategy, as a start with no file gives");
    }

    @Test
    void savingAsJsonConvertsAndTheDocumentContinuesInJson() throws Exception {
        start(strategy);
        Path json = dir.resolve("strategy.json");
        robot.interact(() -> windowOf().saveTo(json));
        waitFor(() -> stage.getTitle().startsWith("strategy.json"));
        assertEquals(Files.readString(Path.of("samples/example-strategy.json")), Files.readString(json));
        app.strategyworkbook.format.json.ExampleStrategyJson.assertIsTheExample(Files.readString(json));
    }

    @Test
    void choosingACheckFindingTakesTheUserToItsField() throws Exception {
        start(strategy);
        tab("resources");
        TableView<?> table = robot.lookup("#resources-allocations").queryAs(TableView.class);
        robot.interact(() -> ((app.strategyworkbook.model.Allocation) table.getItems().get(4)).setInvestment("10%"));
        waitFor(() -> problems().size() == 1);
        tab("overview");
        robot.clickOn(problems().get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("resources-allocations", stage.getScene().getFocusOwner().getId());
        robot.interact(() -> ((app.strategyworkbook.model.Allocation) table.getItems().get(4)).setInvestment("5%"));
        waitFor(() -> problems().isEmpty());
    }

    @Test
    void findingsAreMarkedOnTheirFieldsAndTheMarksGoWhenFixed() throws Exception {
        start(strategy);
        tab("resources");
        TableView<?> table = robot.lookup("#resources-allocations").queryAs(TableView.class);
        robot.interact(() -> ((app.strategyworkbook.model.Allocation) table.getItems().get(4)).setInvestment("1%"));
        waitFor(() -> windowOf().marks().marked().contains(table));
        robot.interact(() -> ((app.strategyworkbook.model.Allocation) table.getItems().get(4)).setInvestment("5%"));
        waitFor(() -> windowOf().marks().marked().isEmpty());
    }

    @Test
    void aDroppedStrategyFileOpensAndOtherFilesAreIgnored() throws Exception {
        start(strategy);
        Path picture = dir.resolve("logo.png");
        Files.write(picture, new byte[] {1, 2, 3});
        Path json = dir.resolve("dropped.json");
        Files.copy(Path.of("samples/example-strategy.json"), json);
        boolean[] taken = new boolean[2];
        robot.interact(() -> taken[0] = windowOf().openDropped(java.util.List.of(picture)));
        assertFalse(taken[0], "a picture is not taken");
        robot.interact(() -> taken[1] = windowOf().openDropped(java.util.List.of(picture, json)));
        assertTrue(taken[1]);
        waitFor(() -> stage.getTitle().startsWith("dropped.json"));
        waitFor(() -> robot.lookup("#status").queryAs(StatusBar.class).getText().contains("JSON"));
    }

    @Test
    void theLevelOfARiskIsChosenFromTheScaleOrMarkedWhenUnreadable() throws Exception {
        start(strategy);
        tab("risks");
        var risk = windowOf().workbook().document().getRisks().getRisks().get(0);
        javafx.scene.control.TableCell<?, ?> likelihood = robot.lookup("#risks-risks .table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> c.getIndex() == 0 && c.getTableColumn() != null
                        && "risks-risks-likelihood".equals(c.getTableColumn().getId())).query();
        robot.doubleClickOn(likelihood);
        press(KeyCode.ALT, KeyCode.DOWN);
        var scale = robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(c -> (String) c.getItem()).filter(java.util.Objects::nonNull).toList();
        assertEquals(java.util.List.of("Low", "Medium", "High"), scale, "the likelihood's scale");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> "High".equals(c.getItem())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("High", risk.getLikelihood(), "chosen from the scale");
        robot.doubleClickOn(likelihood);
        press(KeyCode.CONTROL, KeyCode.A);
        robot.write("Maybe");
        press(KeyCode.ENTER);
        assertEquals("Maybe", risk.getLikelihood(), "typed and kept as written");
        assertTrue(robot.lookup("#risks-risks .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> c) -> "Maybe".equals(c.getItem())
                        && c.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("unreadable")))
                .tryQuery().isPresent(), "the unreadable level is marked");
    }

    @Test
    void aColumnTheAppDoesNotKnowIsShownAndEditable() throws Exception {
        Path loose = dir.resolve("loose.md");
        Files.writeString(loose, Files.readString(Path.of("src/test/resources/handwritten/loose-strategy.md"))
                .replace("| Owner |", "| Review date |"));
        start(loose);
        tab("risks");
        TableView<?> risks = robot.lookup("#risks-risks").queryAs(TableView.class);
        var review = risks.getColumns().stream().filter(c -> "risks-risks-extra-0".equals(c.getId())).findFirst()
                .orElseThrow();
        assertEquals("Review date", review.getText());
        assertEquals("Ana", review.getCellData(0));
    }

    @Test
    void theTemplatesExamplesAreHintsToOpenWhereTheyStood() throws Exception {
        start(Path.of("samples/company-strategy-template.md"));
        tab("context");
        var context = robot.lookup("#sections").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .filter(t -> t.getId().equals("tab-context")).findFirst().orElseThrow().getContent();
        var example = robot.from(context).lookup(".template-example")
                .queryAllAs(javafx.scene.control.TitledPane.class).stream().toList();
        assertFalse(example.isEmpty());
        assertFalse(example.get(0).isExpanded(), "closed until the user opens it");
        var box = (javafx.scene.layout.VBox) example.get(0).getParent();
        int at = box.getChildren().indexOf(example.get(0));
        var before = (javafx.scene.layout.Pane) box.getChildren().get(at - 1);
        assertEquals("context-trends", before.getChildren().get(0).getId(),
                "stands right after the market trends it followed in the file");
    }

    @Test
    void listsAddRemoveAndReorderByButton() throws Exception {
        start(strategy);
        tab("context");
        ListView<?> trends = robot.lookup("#context-trends").queryAs(ListView.class);
        robot.interact(() -> trends.getSelectionModel().select(2));
        robot.clickOn(robot.lookup("#context-trends-up").queryAs(Button.class));
        assertTrue(trends.getItems().get(1).toString().startsWith("**Regulatory Pressure**"));
        robot.clickOn(robot.lookup("#context-trends-remove").queryAs(Button.class));
        assertEquals(2, trends.getItems().size());
        press(KeyCode.CONTROL, KeyCode.Z);
        press(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(trends.getItems().get(2).toString().startsWith("**Regulatory Pressure**"));
        assertFalse(stage.getTitle().startsWith("• "));
        robot.clickOn(robot.lookup("#context-trends-add").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, trends.getItems().size(), "a line is added");
        assertEquals(3, trends.getEditingIndex(), "and edited at once");
        robot.write("Open-source models reach parity");
        press(KeyCode.ENTER);
        assertEquals("Open-source models reach parity", trends.getItems().get(3));
        assertTrue(stage.getTitle().startsWith("• "));
    }

    @Test
    void choosingAFindingAboutALikelihoodChoosesThatCellAndStartsNoEdit() throws Exception {
        start(strategy);
        var risk = windowOf().workbook().document().getRisks().getRisks().get(2);
        robot.interact(() -> risk.setLikelihood("Sometimes"));
        waitFor(() -> problems().stream().anyMatch(b -> b.getText().contains("Sometimes")));
        robot.clickOn(problems().stream().filter(b -> b.getText().contains("Sometimes")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> risks = robot.lookup("#risks-risks").queryAs(TableView.class);
        assertEquals(risks, stage.getScene().getFocusOwner(), "the risk table has the keyboard");
        var chosen = risks.getSelectionModel().getSelectedCells();
        assertEquals(1, chosen.size(), "one cell is chosen, not the row: " + chosen);
        assertEquals(2, chosen.get(0).getRow());
        assertEquals("risks-risks-likelihood", chosen.get(0).getTableColumn().getId());
        assertEquals("risks-risks-likelihood", risks.getFocusModel().getFocusedCell().getTableColumn().getId(),
                "the keyboard is on the likelihood, not the owner");
        assertEquals(null, risks.getEditingCell(), "no edit starts: the user reads the cell first");
    }

    @Test
    void aRiskTableHeaderShowsItsWholeWord() throws Exception {
        start(strategy);
        tab("risks");
        for (var header : robot.lookup("#risks-risks .column-header .label").queryAllAs(javafx.scene.control.Label.class)) {
            assertEquals(header.getText(), ((javafx.scene.text.Text) header.lookup(".text")).getText(),
                    "the header is not cut short");
        }
    }

    @Test
    void aNewPillarIsBroughtIntoViewReadyToBeNamed() throws Exception {
        start(strategy);
        tab("pillars");
        var pillars = windowOf().workbook().document().getPillars().getPillars();
        robot.interact(() -> robot.lookup("#pillars-pillars-add").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        int added = pillars.size() - 1;
        Node panel = robot.lookup("#pillars-pillars-" + added).query();
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) robot.lookup(".form-scroll")
                .queryAll().stream().filter(n -> n.lookup("#pillars-pillars-" + added) != null).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            var seen = scroll.localToScene(scroll.getLayoutBounds());
            var top = panel.localToScene(panel.getLayoutBounds());
            assertTrue(top.getMinY() >= seen.getMinY() - 1 && top.getMinY() < seen.getMaxY(),
                    "the new pillar is in view: " + top + " in " + seen);
        });
        assertEquals("pillars-" + added + "-name", stage.getScene().getFocusOwner().getId(),
                "its name has the keyboard");
    }
}
