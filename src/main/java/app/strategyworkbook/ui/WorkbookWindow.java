package app.strategyworkbook.ui;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.Severity;
import app.strategyworkbook.cli.CommandLine;
import app.strategyworkbook.edit.DocumentWatcher;
import app.strategyworkbook.edit.Workbook;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.format.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.recovery.RecoveryJournal;
import app.strategyworkbook.ui.field.FrameByFrame;
import app.strategyworkbook.ui.present.Presentation;
import app.strategyworkbook.ui.present.SlideExport;
import app.strategyworkbook.ui.section.SectionEditor;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The workbook window: menus and toolbar from one set of actions, a tab per template section, the check panel, and a
 * status bar. Files are read and written off the FX thread; unsaved changes are never dropped without asking.
 */
public final class WorkbookWindow {
    private static final KeyCombination UNDO = KeyCombination.valueOf("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.valueOf("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.valueOf("Shortcut+Shift+Z");
    private static final KeyCombination NEXT_SECTION = KeyCombination.valueOf("Ctrl+Tab");
    private static final KeyCombination PREVIOUS_SECTION = KeyCombination.valueOf("Ctrl+Shift+Tab");

    private final Stage stage;
    private final Workbook workbook = new Workbook();
    private final StrategyFiles files = new StrategyFiles();
    private final RecentFiles recent;
    private final TabPane tabs = new TabPane();
    private final StatusBar status = new StatusBar();
    private OutsideChangeBar outside;
    private final CheckPanel checks = new CheckPanel(this::goTo);
    private final FindingMarks marks = new FindingMarks();
    private final SplitPane split = new SplitPane();
    private final Menu recentMenu = new Menu("Open Recent");
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    private double textSize = 13;
    private BorderPane root;

    private final RecoveryJournal journal;
    /** Unsaved edits are journalled this long after the last change (and at once when the window loses focus). */
    private final javafx.animation.PauseTransition journalDelay =
            new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));

    public WorkbookWindow(Stage stage, String preferencesNode, RecoveryJournal journal) {
        this.stage = stage;
        this.recent = new RecentFiles(preferencesNode);
        this.journal = journal;
    }

    /**
     * The light or dark theme, as its precompiled (binary) stylesheet: parsing its 170 KB of CSS would hold up the
     * first window. Called before the first control is made, it also spares loading JavaFX's own default theme,
     * which the controls' class loads when no theme is set yet.
     */
    public static void useTheme(boolean dark) {
        String theme = dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }

    /** The bar that offers a choice when the open file changes on disk. */
    OutsideChangeBar outsideChanges() {
        return outside;
    }

    public Workbook workbook() {
        return workbook;
    }

    /** Builds the window and shows a new strategy from the template, or opens {@code file}. */
    public void show(Path file) {
        show(file, files::newDocument);
    }

    /** The same, with the new strategy from {@code template}, which may be read on another thread meanwhile. */
    public void show(Path file, java.util.function.Supplier<StrategyDocument> template) {
        useTheme(false);
        tabs.setId("sections");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        status.setId("status");
        split.getItems().addAll(tabs, checks.view());
        split.setDividerPositions(0.77);
        outside = new OutsideChangeBar(split, workbook, files, new OutsideChangeBar.Answers() {
            @Override
            public void reload(StrategyFiles.Opened theirs, StrategyFiles.DiskStamp stamp) {
                reloadFromDisk(theirs, stamp);
            }

            @Override
            public void compare(java.util.List<app.strategyworkbook.format.Comparison.Difference> differences,
                                StrategyFiles.Opened theirs, StrategyFiles.DiskStamp stamp) {
                CompareDialog.show(stage, workbook.file().getFileName().toString(), differences).ifPresent(c -> {
                    if (c == CompareDialog.RELOAD) {
                        reloadFromDisk(theirs, stamp);
                    } else {
                        outside.keepMine();
                    }
                });
            }

            @Override
            public void save() {
                WorkbookWindow.this.save(null);
            }
        });
        // The sections and checks are put in the middle after the window's first frame (see below).
        root = new BorderPane(null, new VBox(menus(), toolbar()), null, status, null);
        root.getStyleClass().add("workbook");
        root.setStyle("-fx-font-size: " + textSize + "px;");
        // The window's first frame (FirstFrame) may be on screen already: its scene takes the real bars.
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = FirstFrame.sizedScene(root);
        } else {
            scene.setRoot(root);
        }
        scene.getStylesheets().add(WorkbookWindow.class.getResource("workbook.css").toExternalForm());
        // The document's history handles undo everywhere, text fields included (they have an undo of their own).
        app.strategyworkbook.ui.field.CellEdit.keepOnClickElsewhere(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) || REDO.match(e) || REDO_SHIFT.match(e) || NEXT_SECTION.match(e)
                    || PREVIOUS_SECTION.match(e)) {
                // Typing in a cell is kept first: undo then takes it back as one step, and another section keeps it.
                app.strategyworkbook.ui.field.CellEdit.keepPending();
            }
            if (UNDO.match(e)) {
                workbook.history().undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                workbook.history().redo();
                e.consume();
            } else if (NEXT_SECTION.match(e) || PREVIOUS_SECTION.match(e)) {
                // From anywhere, text fields included (they would move the focus instead).
                int count = tabs.getTabs().size();
                int at = tabs.getSelectionModel().getSelectedIndex();
                tabs.getSelectionModel().select((at + (NEXT_SECTION.match(e) ? 1 : count - 1)) % count);
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream()
                    .anyMatch(f -> FileFormat.of(f.toPath()).isPresent())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean taken = openDropped(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(taken);
            e.consume();
        });
        stage.setScene(scene);
        stage.getProperties().put(WorkbookWindow.class, this);
        stage.titleProperty().bind(workbook.windowTitle());
        stage.setOnCloseRequest(e -> {
            e.consume();
            quitAction.perform();
        });
        workbook.history().changesProperty().addListener((obs, was, is) -> {
            checks.changed();
            journalDelay.playFromStart();
        });
        journalDelay.setOnFinished(e -> journal());
        stage.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                journal();
            }
        });
        checks.findingsProperty().addListener((obs, was, is) -> {
            updateStatus();
            markFindings();
        });
        // Fields of a tab are marked once the tab is shown.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            app.strategyworkbook.ui.field.CellEdit.keepPending();
            build(is);
            markFindings();
        });
        workbook.history().unsavedProperty().addListener((obs, was, is) -> updateStatus());
        stage.show();
        // The window is on screen with its menus, toolbar and status bar first. The sections and the checks come in
        // its next frame, so that this one waits for none of their making, styling and layout; the form's fields
        // follow a frame's share at a time.
        FirstFrame.afterNextFrame(() -> {
            marks.prepare(status);
            root.setCenter(outside.view());
            if (workbook.document() == null) { // unless a file was dropped on the window in its first frame
                showDocument(template.get(), null, FileFormat.MARKDOWN, false);
            }
            readJournalThenOpen(file);
        });
    }

    /**
     * The journals crashed sessions left are read on the journal's thread; the offer to restore, which waits for an
     * answer, comes after the window is up, so start-up never waits on either. Then {@code file} is opened, unless
     * edits were restored.
     */
    private void readJournalThenOpen(Path file) {
        journal.leftBehind().whenComplete((left, failed) -> Platform.runLater(() -> {
            if (!offerRecovery(left == null ? List.of() : left) && file != null) {
                open(file);
            }
        }));
    }

    // Crash recovery: the window decides when (2 s after a change, and when it loses focus); the journal does the rest.

    /** Journals the unsaved edits (the snapshot made here, where the model is owned), or says nothing is unsaved. */
    private void journal() {
        journalDelay.stop();
        if (!workbook.history().isUnsaved()) {
            journal.nothingUnsaved();
            return;
        }
        journal.unsaved(journal.snapshot(workbook.document()), workbook.file())
                .whenComplete((written, failed) -> notJournalled(failed));
    }

    private void notJournalled(Throwable failed) {
        if (failed != null) {
            Platform.runLater(() -> status.setText("Unsaved changes could not be kept for recovery: "
                    + failed.getMessage()));
        }
    }

    /** For tests: the journal of this window's unsaved edits. */
    RecoveryJournal recoveryJournal() {
        return journal;
    }

    /**
     * Offers the edits sessions left unsaved when they ended without a clean quit (a crash, a kill), the newest first,
     * until one is restored; the ones not offered then are offered at the next start. True if one was restored.
     */
    private boolean offerRecovery(List<RecoveryJournal.Left> left) {
        boolean restored = false;
        for (RecoveryJournal.Left entry : left) {
            if (restored) {
                journal.offerLater(entry);
                continue;
            }
            String name = entry.file() == null ? "a new strategy" : entry.file().getFileName().toString();
            String when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
                    .format(entry.written().atZone(java.time.ZoneId.systemDefault()));
            ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Strategy Workbook closed before changes to " + name
                    + " were saved. Their last edit was at " + when + ".", restore, discard);
            ask.setHeaderText("Restore unsaved changes?");
            ask.initOwner(stage);
            ask.getDialogPane().setId("restorePrompt");
            restored = ask.showAndWait().orElse(discard) == restore;
            if (restored) {
                FileFormat format = entry.file() == null ? FileFormat.MARKDOWN
                        : FileFormat.of(entry.file()).orElse(FileFormat.MARKDOWN);
                showDocument(entry.document(), entry.file(), format, false);
                workbook.history().markUnsaved();
                // Journalled as this window's before the crashed session's journal goes.
                journal.restored(entry, journal.snapshot(workbook.document()), entry.file())
                        .whenComplete((written, failed) -> notJournalled(failed));
            } else {
                journal.discard(entry);
            }
        }
        return restored;
    }

    // The actions, defined once for the menus, the toolbar and the keyboard.

    private final Action newAction = Action.of("new", "New", "Shortcut+N", this::newDocument);
    private final Action openAction = Action.of("open", "Open…", "Shortcut+O", this::chooseAndOpen);
    private final Action saveAction = Action.of("save", "Save", "Shortcut+S", () -> save(null));
    private final Action saveAsAction = Action.of("saveAs", "Save As…", "Shortcut+Shift+S", () -> saveAs(null));
    private final Action closeAction = Action.of("close", "Close", "Shortcut+W", this::close);
    private final Action quitAction = Action.of("quit", "Quit", "Shortcut+Q", this::quit);

    private Action undoAction() {
        return Action.of("undo", "Undo", null, () -> workbook.history().undo())
                .disabledWhen(workbook.history().canUndoProperty().not());
    }

    private Action redoAction() {
        return Action.of("redo", "Redo", null, () -> workbook.history().redo())
                .disabledWhen(workbook.history().canRedoProperty().not());
    }

    private MenuBar menus() {
        Menu file = new Menu("_File");
        file.setId("menu-file");
        file.getItems().addAll(newAction.menuItem(), openAction.menuItem(), recentMenu, new SeparatorMenuItem(),
                saveAction.menuItem(), saveAsAction.menuItem(), new SeparatorMenuItem(),
                Action.of("exportPdf", "Export Slides as PDF…", null, this::exportPdf).menuItem(),
                Action.of("exportPng", "Export Slides as Pictures…", null, this::exportPngs).menuItem(),
                new SeparatorMenuItem(), closeAction.menuItem(), quitAction.menuItem());
        file.setOnShowing(e -> fillRecent());

        MenuItem undo = undoAction().menuItem();
        undo.textProperty().bind(workbook.history().undoTextProperty());
        undo.setAccelerator(UNDO);
        MenuItem redo = redoAction().menuItem();
        redo.textProperty().bind(workbook.history().redoTextProperty());
        redo.setAccelerator(REDO);
        Menu edit = new Menu("_Edit");
        edit.setId("menu-edit");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                textAction("cut", "Cut", "Shortcut+X", TextInputControl::cut),
                textAction("copy", "Copy", "Shortcut+C", TextInputControl::copy),
                textAction("paste", "Paste", "Shortcut+V", TextInputControl::paste));

        CheckMenuItem checkPanel = new CheckMenuItem("Check Panel");
        checkPanel.setId("menu-checkPanel");
        checkPanel.setSelected(true);
        checkPanel.setAccelerator(KeyCombination.valueOf("F8"));
        checkPanel.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                split.getItems().add(checks.view());
                split.setDividerPositions(0.77);
            } else {
                split.getItems().remove(checks.view());
            }
        });
        CheckMenuItem darkTheme = new CheckMenuItem("Dark Theme");
        darkTheme.setId("menu-dark");
        darkTheme.selectedProperty().bindBidirectional(dark);
        dark.addListener((obs, was, is) -> useTheme(is));
        Menu view = new Menu("_View");
        view.setId("menu-view");
        view.getItems().addAll(Action.of("present", "Present", "F5", this::present).menuItem(),
                new SeparatorMenuItem(), checkPanel, darkTheme, new SeparatorMenuItem(),
                Action.of("bigger", "Larger Text", "Shortcut+Equals", () -> textSize(1)).menuItem(),
                Action.of("smaller", "Smaller Text", "Shortcut+Minus", () -> textSize(-1)).menuItem());

        Menu help = new Menu("_Help");
        help.setId("menu-help");
        help.getItems().addAll(Action.of("shortcuts", "Keyboard Shortcuts", "F1", this::showShortcuts).menuItem(),
                Action.of("example", "Open Example Strategy", null, this::openExample).menuItem(),
                Action.of("about", "About Strategy Workbook", null, this::about).menuItem());
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private ToolBar toolbar() {
        var undo = undoAction().button();
        var redo = redoAction().button();
        ToolBar bar = new ToolBar(newAction.button(), openAction.button(), saveAction.button(), undo, redo);
        bar.setId("toolbar");
        return bar;
    }

    private MenuItem textAction(String id, String label, String shortcut, Consumer<TextInputControl> act) {
        return Action.onText(id, label, shortcut, () -> {
            if (stage.getScene().getFocusOwner() instanceof TextInputControl text) {
                act.accept(text);
            }
        }).menuItem();
    }

    // Presenting.

    private Presentation presentation;

    /** Shows the deck's outline to choose slides, then presents full screen; Esc comes back here. */
    void present() {
        if (app.strategyworkbook.ui.present.SlideChooser.ask(workbook.document(), stage)) {
            presentation = new Presentation(workbook.document(), stage);
            presentation.show();
        }
    }

    /** The presentation shown last, for tests. */
    Presentation presentation() {
        return presentation;
    }

    private void exportPdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Slides as PDF");
        chooser.setInitialFileName(baseName() + "-slides.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            exportSlides(chosen.toPath(), true);
        }
    }

    private void exportPngs() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Export Slides as Pictures (one PNG per slide)");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            exportSlides(chosen.toPath(), false);
        }
    }

    /** Draws the slides here (they are JavaFX nodes) and writes the files in the background. */
    void exportSlides(Path target, boolean pdf) {
        var pictures = SlideExport.draw(workbook.document(), Deck.shown(workbook.document()));
        run("Exporting " + pictures.size() + " slides…", () -> {
            if (pdf) {
                SlideExport.writePdf(pictures, target);
            } else {
                SlideExport.writePngs(pictures, target);
            }
            return target;
        }, done -> exported(pictures.size(), done, pdf), "The slides were not exported");
    }

    /** Shows a folder in the system's file manager; set by the app, which alone may ask the desktop to open one. */
    private Consumer<Path> folderOpener;

    void openFoldersWith(Consumer<Path> opener) {
        folderOpener = opener;
    }

    /** Says where the slides went, in the status bar and in a notification that can open their folder. */
    private void exported(int count, Path target, boolean pdf) {
        String where = count + (count == 1 ? " slide" : " slides") + (pdf ? " saved as " : " saved as pictures in ")
                + target.toAbsolutePath();
        status.setText("Exported " + where);
        var note = org.controlsfx.control.Notifications.create().owner(stage).title("Slides exported")
                .text(where).hideAfter(javafx.util.Duration.seconds(10));
        Path folder = pdf ? target.toAbsolutePath().getParent() : target.toAbsolutePath();
        if (folderOpener != null && folder != null) {
            note.action(new org.controlsfx.control.action.Action("Open Folder", e -> folderOpener.accept(folder)));
        }
        note.showInformation();
    }

    private String baseName() {
        String name = workbook.nameBinding().get();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace(' ', '-').toLowerCase(java.util.Locale.ROOT);
    }

    // Documents.

    private void showDocument(StrategyDocument doc, Path path, FileFormat format, boolean crlf) {
        showDocument(Prepared.of(workbook, doc), path, format, crlf);
    }

    /**
     * A document made ready to show: its changes recorded and its checks run. A file's is made ready in the
     * background while it is read, as this takes a noticeable part of a second for a strategy of thousands of risks.
     */
    private record Prepared(StrategyDocument doc, DocumentWatcher watcher, List<Finding> findings) {
        static Prepared of(Workbook workbook, StrategyDocument doc) {
            return new Prepared(doc, workbook.watch(doc), CheckPanel.check(doc));
        }
    }

    private void showDocument(Prepared ready, Path path, FileFormat format, boolean crlf) {
        StrategyDocument doc = ready.doc();
        workbook.show(doc, ready.watcher(), path, format, crlf);
        tabs.getTabs().forEach(tab -> comingOnScreen(tab).ifPresent(FrameByFrame::stop));
        tabs.getTabs().clear();
        for (SectionEditor editor : SectionEditor.all(doc, workbook.history())) {
            // A tab's fields are built when it is first shown: the window appears without waiting for the other
            // eleven, and their styling and layout cost nothing until they are looked at.
            Tab tab = new Tab(editor.section().shortTitle());
            tab.setUserData(editor);
            tab.setId("tab-" + editor.section().key());
            tab.setTooltip(new javafx.scene.control.Tooltip(editor.section().heading()));
            tabs.getTabs().add(tab);
        }
        build(tabs.getSelectionModel().getSelectedItem());
        checks.show(doc, ready.findings());
        updateStatus();
    }

    /** Shows the tab of a section, by its key ("risks"). */
    public void showTab(String key) {
        tabs.getTabs().stream().filter(t -> ("tab-" + key).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /**
     * Gives a tab its fields the first time it is shown, top first and a frame's share at a time, so that a large
     * strategy never stops the window drawing; the fields are marked with their findings once all are there.
     */
    private void build(Tab tab) {
        if (tab != null && tab.getContent() == null && tab.getUserData() instanceof SectionEditor editor) {
            Node view = editor.view();
            tab.setContent(view);
            tab.getProperties().put(FrameByFrame.class, FrameByFrame.show(view, this::markFindings));
        }
    }

    /** Whether the window shows a strategy and every built tab has all its fields on screen. */
    boolean tabsWhole() {
        return root.getCenter() != null && tabs.getTabs().stream()
                .allMatch(tab -> comingOnScreen(tab).map(FrameByFrame::whole).orElse(true));
    }

    /** How a built tab is being put on screen; nothing for a tab not yet built. */
    private static java.util.Optional<FrameByFrame> comingOnScreen(Tab tab) {
        return tab.getProperties().get(FrameByFrame.class) instanceof FrameByFrame shown
                ? java.util.Optional.of(shown) : java.util.Optional.empty();
    }

    private void newDocument() {
        whenSafeToLeave(() -> showDocument(files.newDocument(), null, FileFormat.MARKDOWN, false));
    }

    private void close() {
        newDocument();
    }

    private void quit() {
        whenSafeToLeave(() -> {
            // Leaving on purpose: what was not saved was not wanted. The journal's folder goes before the app does,
            // and a disk that does not answer holds the quit up for 5 seconds at most.
            journalDelay.stop();
            journal.closeCleanly().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                    .whenComplete((closed, failed) -> Platform.runLater(Platform::exit));
        });
    }

    private void chooseAndOpen() {
        whenSafeToLeave(() -> {
            File chosen = chooser("Open Strategy").showOpenDialog(stage);
            if (chosen != null) {
                read(chosen.toPath());
            }
        });
    }

    /**
     * Opens the first Markdown or JSON file of those dropped on the window (after the drop has finished, since it may
     * ask about unsaved changes); false when none of them is one.
     */
    boolean openDropped(List<Path> dropped) {
        var strategy = dropped.stream().filter(p -> FileFormat.of(p).isPresent()).findFirst();
        strategy.ifPresent(p -> Platform.runLater(() -> open(p)));
        return strategy.isPresent();
    }

    /** Opens {@code file}, asking first about unsaved changes. */
    public void open(Path file) {
        whenSafeToLeave(() -> read(file));
    }

    private void openExample() {
        whenSafeToLeave(() -> {
            try (InputStream in = WorkbookWindow.class.getResourceAsStream("/app/strategyworkbook/example-strategy.md")) {
                showDocument(files.read(in.readAllBytes(), FileFormat.MARKDOWN).document(), null,
                        FileFormat.MARKDOWN, false);
            } catch (IOException | StrategyFormatException e) {
                error("The example strategy could not be opened", e.getMessage());
            }
        });
    }

    private void read(Path file) {
        StrategyFiles.DiskStamp[] stamp = new StrategyFiles.DiskStamp[1];
        StrategyFiles.Opened[] opened = new StrategyFiles.Opened[1];
        run("Opening " + file.getFileName() + "…", () -> {
            opened[0] = files.open(file);
            stamp[0] = StrategyFiles.stamp(file);
            return Prepared.of(workbook, opened[0].document());
        }, ready -> {
            showDocument(ready, file, opened[0].format(), opened[0].crlf());
            workbook.diskStamp(stamp[0]);
            recent.add(file);
        }, "This file could not be opened");
    }

    /** Their version replaces mine; unsaved edits of mine are only replaced when the user says so. */
    private void reloadFromDisk(StrategyFiles.Opened theirs, StrategyFiles.DiskStamp stamp) {
        if (workbook.history().isUnsaved()) {
            ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.YES);
            Alert ask = new Alert(Alert.AlertType.WARNING, "Your unsaved changes will be replaced by the version on "
                    + "disk.", reload, ButtonType.CANCEL);
            ask.setHeaderText("Reload " + workbook.file().getFileName() + " and lose your changes?");
            ask.initOwner(stage);
            ask.getDialogPane().setId("reloadPrompt");
            if (ask.showAndWait().orElse(ButtonType.CANCEL) != reload) {
                return;
            }
        }
        showDocument(theirs.document(), workbook.file(), theirs.format(), theirs.crlf());
        workbook.diskStamp(stamp);
    }

    /** A save that found its file changed on disk since it was opened or saved here. */
    private static final class ChangedOnDisk extends Exception {
        ChangedOnDisk() {
            super(null, null, false, false);
        }
    }

    /** Saves, then runs {@code after} once the file is safely written (or not, if saving failed). */
    private void save(Runnable after) {
        if (workbook.file() == null) {
            saveAs(after);
        } else {
            write(workbook.file(), after);
        }
    }

    private void saveAs(Runnable after) {
        FileChooser chooser = chooser("Save Strategy As");
        Path current = workbook.file();
        chooser.setInitialFileName(current == null ? "strategy.md" : current.getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        if (FileFormat.of(target).isEmpty()) {
            // A name typed without an extension is Markdown, unless the JSON filter alone was chosen.
            boolean json = chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getExtensions().equals(List.of("*.json"));
            target = target.resolveSibling(target.getFileName() + (json ? ".json" : ".md"));
        }
        write(target, after);
    }

    /** Saves to {@code target} as Save As would after its dialog. */
    void saveTo(Path target) {
        write(target, null);
    }

    private void write(Path target, Runnable after) {
        write(target, after, false);
    }

    /**
     * Saves in the background. Over the document's own file, a file changed on disk since it was opened or saved here
     * is never overwritten without asking ({@code overwrite} is the user's answer).
     */
    private void write(Path target, Runnable after, boolean overwrite) {
        // The text is made here, on the FX thread that owns the model; only the disk work runs in the background.
        FileFormat format = FileFormat.of(target).orElse(FileFormat.MARKDOWN);
        String text = files.text(workbook.document(), format, workbook.crlf());
        boolean ownFile = target.equals(workbook.file());
        var known = workbook.diskStamp();
        StrategyFiles.DiskStamp[] stamp = new StrategyFiles.DiskStamp[1];
        run("Saving " + target.getFileName() + "…", () -> {
            var now = StrategyFiles.stamp(target);
            if (ownFile && !overwrite && known != null && now != null && !now.equals(known)) {
                throw new ChangedOnDisk();
            }
            StrategyFiles.writeAtomically(target, StrategyFiles.Kind.STRATEGY, text);
            stamp[0] = StrategyFiles.stamp(target);
            return target;
        }, saved -> {
            workbook.saved(saved);
            workbook.diskStamp(stamp[0]);
            recent.add(saved);
            if (after != null) {
                after.run();
            }
        }, "The strategy was not saved", problem -> {
            if (problem instanceof ChangedOnDisk) {
                askOverwrite(target, after);
                return true;
            }
            return false;
        });
    }

    private void askOverwrite(Path target, Runnable after) {
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType("Save As…", ButtonBar.ButtonData.OTHER);
        Alert ask = new Alert(Alert.AlertType.WARNING, target.getFileName() + " was changed on disk since you opened "
                + "it, perhaps by a colleague. Overwrite it with your version, or save yours as another file?",
                overwrite, saveAs, ButtonType.CANCEL);
        ask.setHeaderText(target.getFileName() + " changed on disk");
        ask.initOwner(stage);
        ask.getDialogPane().setId("changedOnDisk");
        ask.showAndWait().ifPresent(choice -> {
            if (choice == overwrite) {
                write(target, after, true);
            } else if (choice == saveAs) {
                saveAs(after);
            }
        });
    }

    /**
     * Runs {@code next} once nothing unsaved can be lost: at once when all is saved, else after the user chose Save
     * (and the save succeeded) or Don't Save. Cancel runs nothing.
     */
    private void whenSafeToLeave(Runnable next) {
        if (!workbook.history().isUnsaved()) {
            next.run();
            return;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        ask.setHeaderText("Save the changes to " + workbook.nameBinding().get() + "?");
        ask.initOwner(stage);
        ask.getDialogPane().setId("unsavedPrompt");
        ask.showAndWait().ifPresent(choice -> {
            if (choice == save) {
                save(next);
            } else if (choice == discard) {
                next.run();
            }
        });
    }

    private <T> void run(String doing, Callable<T> work, Consumer<T> done, String failure) {
        run(doing, work, done, failure, problem -> false);
    }

    /** As above; {@code handled} may answer a failure itself (true) instead of the error dialog. */
    private <T> void run(String doing, Callable<T> work, Consumer<T> done, String failure,
                         java.util.function.Predicate<Throwable> handled) {
        busy.set(true);
        status.setText(doing);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            updateStatus(); // first, so that what the work says when done stays in the status bar
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            updateStatus();
            Throwable problem = task.getException();
            if (!handled.test(problem)) {
                error(failure, problem instanceof StrategyFormatException ? problem.getMessage()
                        : "Something went wrong: " + problem);
            }
        });
        Thread thread = new Thread(task, "strategy-file");
        thread.setDaemon(true);
        thread.start();
    }

    private void error(String header, String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(strategyFilters());
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        if (workbook.file() != null && workbook.file().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(workbook.file().toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /** Both kinds of strategy file together, first and chosen, then each kind on its own. */
    static List<FileChooser.ExtensionFilter> strategyFilters() {
        return List.of(new FileChooser.ExtensionFilter("Strategy files (*.md, *.markdown, *.json)", "*.md",
                        "*.markdown", "*.json"),
                new FileChooser.ExtensionFilter("Markdown (*.md, *.markdown)", "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<Path> list = recent.list();
        for (int i = 0; i < list.size(); i++) {
            Path path = list.get(i);
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setId("menu-recent-" + i);
            item.setOnAction(e -> open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(list.isEmpty());
    }

    // Views.

    private void updateStatus() {
        if (busy.get()) {
            return;
        }
        List<Finding> found = checks.findingsProperty().get();
        long errors = found.stream().filter(f -> f.severity() == Severity.ERROR).count();
        String format = workbook.file() == null ? "" : "  ·  " + workbook.formatProperty().get().label();
        status.setText(workbook.nameBinding().get() + format + "  ·  "
                + (workbook.history().isUnsaved() ? "Unsaved changes"
                        : workbook.file() == null ? "Not saved yet" : "Saved") + "  ·  "
                + plural(errors, "error") + ", " + plural(found.size() - errors, "warning"));
    }

    private void markFindings() {
        // A tab still coming on screen is marked once it is whole: its fields are not all there to mark.
        if (stage.getScene() != null && tabsWhole()) {
            Platform.runLater(() -> marks.show(stage.getScene(), checks.findingsProperty().get()));
        }
    }

    /** The marks on fields, for tests. */
    FindingMarks marks() {
        return marks;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Takes the user to a finding's field: its tab, the control, and the row of a table. */
    private void goTo(Finding finding) {
        FieldLocator at = FieldLocator.of(finding);
        tabs.getTabs().stream().filter(t -> t.getId().equals("tab-" + at.tab().key())).findFirst()
                .ifPresent(t -> {
                    tabs.getSelectionModel().select(t);
                    comingOnScreen(t).ifPresent(FrameByFrame::finish);
                });
        // The chosen tab's content is shown on the next layout; a hidden control would not take the focus.
        tabs.applyCss();
        tabs.layout();
        Node node = stage.getScene().lookup("#" + at.controlId());
        if (node == null) {
            return;
        }
        if (node instanceof TableView<?> table && at.row() >= 0 && at.row() < table.getItems().size()) {
            table.getSelectionModel().select(at.row());
            table.scrollTo(at.row());
        }
        // After the click that chose the finding has finished, which would otherwise keep the focus in the list.
        Platform.runLater(() -> {
            app.strategyworkbook.ui.field.Reveal.node(node);
            node.requestFocus();
        });
    }

    private void textSize(int by) {
        textSize = Math.max(10, Math.min(24, textSize + by));
        root.setStyle("-fx-font-size: " + textSize + "px;");
    }

    private void showShortcuts() {
        MenuBar menus = (MenuBar) stage.getScene().lookup("#menuBar");
        ShortcutList.show(stage, ShortcutList.of(menus, List.of(
                new app.strategyworkbook.ui.field.KeyHelp("Redo, also", REDO_SHIFT.getDisplayText()),
                new app.strategyworkbook.ui.field.KeyHelp("Next section, previous section",
                        NEXT_SECTION.getDisplayText() + ", " + PREVIOUS_SECTION.getDisplayText()))));
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Write, check and present your company strategy.\nVersion " + CommandLine.version());
        alert.setHeaderText("Strategy Workbook");
        alert.initOwner(stage);
        alert.show();
    }
}
