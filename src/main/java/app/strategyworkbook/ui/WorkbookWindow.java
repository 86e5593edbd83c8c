package app.strategyworkbook.ui;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.edit.Workbook;
import app.strategyworkbook.format.Comparison;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.recovery.RecoveryJournal;
import app.strategyworkbook.session.RecentFiles;
import app.strategyworkbook.session.Session;
import app.strategyworkbook.ui.field.CellEdit;
import app.strategyworkbook.ui.present.Presentation;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The workbook window: it lays out and wires, and shows what the {@link Session} opens. Menus and toolbar come from
 * one set of actions ({@link WindowMenus}); a tab per template section ({@link SectionTabs}); the check panel; the
 * bar that offers a colleague's change on disk; the status bar.
 */
public final class WorkbookWindow {
    private final Stage stage;
    private final Session session;
    private final Workbook workbook = new Workbook();
    private final StrategyFiles files = new StrategyFiles();
    private final SimpleBooleanProperty checksShown = new SimpleBooleanProperty(true);
    private final CheckPanel checks = new CheckPanel(this::goTo, () -> checksShown.set(false));
    private final FindingMarks marks = new FindingMarks();
    private final SectionTabs tabs = new SectionTabs(this::markFindings);
    private final Outline outline = new Outline(tabs::goTo);
    /** The outline, the section shown, and the checks drawer when it is open. */
    private final BorderPane middle = new BorderPane();
    private final SlideCommands slides;
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    /** The theme and text size chosen last, kept across restarts. */
    private final app.strategyworkbook.session.Appearance appearance;
    private final TextSize textSize;
    private BorderPane root;
    private OutsideChangeBar outside;

    public WorkbookWindow(Stage stage, String preferencesNode, RecoveryJournal journal) {
        this.stage = stage;
        this.session = new Session(workbook, files, journal, new RecentFiles(preferencesNode),
                new DialogPrompts(stage), Platform::runLater, Clock.systemDefaultZone());
        this.slides = new SlideCommands(stage, session);
        this.appearance = new app.strategyworkbook.session.Appearance(preferencesNode);
        this.textSize = new TextSize(appearance);
        this.dark.set(appearance.dark());
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

    /** Builds the window and shows a new strategy from the template, or opens {@code file}. */
    public void show(Path file) {
        show(file, files::newDocument);
    }

    /** The same, with the new strategy from {@code template}, which may be read on another thread meanwhile. */
    public void show(Path file, Supplier<StrategyDocument> template) {
        useTheme(dark.get());
        middle.setLeft(outline.view());
        middle.setCenter(tabs.view());
        middle.setRight(checks.view());
        checksShown.addListener((obs, was, is) -> middle.setRight(is ? checks.view() : null));
        tabs.shownProperty().addListener((obs, was, is) -> {
            if (is != null) {
                outline.chosen(is);
            }
        });
        checks.findingsProperty().addListener((obs, was, is) -> outline.marks(checks.completionProperty().get(), is));
        dark.addListener((obs, was, is) -> {
            useTheme(is);
            appearance.dark(is);
        });
        outside = new OutsideChangeBar(middle, workbook, files, new OutsideChangeBar.Answers() {
            @Override
            public void reload(StrategyFiles.Opened theirs, StrategyFiles.DiskStamp stamp) {
                session.reload(theirs, stamp);
            }

            @Override
            public void compare(List<Comparison.Difference> differences, StrategyFiles.Opened theirs,
                                StrategyFiles.DiskStamp stamp) {
                CompareDialog.show(stage, workbook.file().getFileName().toString(), differences).ifPresent(c -> {
                    if (c == CompareDialog.RELOAD) {
                        session.reload(theirs, stamp);
                    } else {
                        outside.keepMine();
                    }
                });
            }

            @Override
            public void save() {
                session.save();
            }
        });
        WindowMenus menus = new WindowMenus(stage, session, slides, checksShown, dark, textSize::change);
        StatusLine status = new StatusLine(session, checks.findingsProperty(), checks.completionProperty(),
                () -> checksShown.set(!checksShown.get()));
        // The sections and checks are put in the middle after the window's first frame (see below).
        root = new BorderPane(null, new VBox(menus.bar(), menus.toolbar()), null, status.view(), null);
        root.getStyleClass().add("workbook");
        textSize.apply(root);
        // The window's first frame (FirstFrame) may be on screen already: its scene takes the real bars.
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = FirstFrame.sizedScene(root);
        } else {
            scene.setRoot(root);
        }
        scene.getStylesheets().add(WorkbookWindow.class.getResource("workbook.css").toExternalForm());
        keys(scene);
        dropFiles(scene);
        stage.setScene(scene);
        stage.getProperties().put(WorkbookWindow.class, this);
        stage.titleProperty().bind(workbook.windowTitle());
        stage.setOnCloseRequest(e -> {
            e.consume();
            menus.quit.perform();
        });
        workbook.history().changesProperty().addListener((obs, was, is) -> checks.changed());
        stage.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                session.windowLostFocus();
            }
        });
        checks.findingsProperty().addListener((obs, was, is) -> markFindings());
        session.onShow(ready -> {
            tabs.show(ready.document(), workbook.history());
            outline.show(ready.document(), tabs.order());
            checks.show(ready.document(), ready.findings());
            outline.marks(checks.completionProperty().get(), checks.findingsProperty().get());
            slides.documentShown();
        });
        stage.show();
        // The window is on screen with its menus, toolbar and status bar first. The sections and the checks come in
        // its next frame, so that this one waits for none of their making, styling and layout; the form's fields
        // follow a frame's share at a time.
        // The drawer starts closed on a narrow screen, where the sections need the room; F8 or the status bar's
        // count of findings opens it.
        checksShown.set(stage.getWidth() >= WIDE_ENOUGH_FOR_CHECKS);
        FirstFrame.afterNextFrame(() -> {
            root.setCenter(outside.view());
            session.start(file, template);
        });
    }

    /** The narrowest window that shows the checks drawer beside the outline and a section when it opens. */
    private static final double WIDE_ENOUGH_FOR_CHECKS = 1200;

    /**
     * The document's history handles undo everywhere, text fields included (they have an undo of their own); Ctrl+Tab
     * changes section from anywhere, text fields included (they would move the focus instead).
     */
    private void keys(Scene scene) {
        CellEdit.keepOnClickElsewhere(scene);
        CellEdit.tellTypingTo(session.workbook().typingProperty()::set);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undo = WindowMenus.UNDO.match(e);
            boolean redo = WindowMenus.REDO.match(e) || WindowMenus.REDO_SHIFT.match(e);
            boolean next = WindowMenus.NEXT_SECTION.match(e);
            boolean previous = WindowMenus.PREVIOUS_SECTION.match(e);
            if (!(undo || redo || next || previous)) {
                return;
            }
            // Typing in a cell is kept first: undo then takes it back as one step, and another section keeps it.
            CellEdit.keepPending();
            if (undo) {
                workbook.history().undo();
            } else if (redo) {
                workbook.history().redo();
            } else {
                tabs.step(next ? 1 : -1);
            }
            e.consume();
        });
    }

    private void dropFiles(Scene scene) {
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
    }

    private void markFindings() {
        // A tab still coming on screen is marked once it is whole: its fields are not all there to mark.
        if (stage.getScene() != null && tabsWhole()) {
            Platform.runLater(() -> marks.show(stage.getScene(), checks.findingsProperty().get()));
        }
    }

    /** Takes the user to a finding's field: its tab, the control, and the row of a table. */
    private void goTo(Finding finding) {
        tabs.goTo(FieldLocator.of(finding), stage.getScene());
    }

    // What the app and the tests reach.

    public Workbook workbook() {
        return workbook;
    }

    /** Shows the tab of a section, by its key ("risks"). */
    public void showTab(String key) {
        tabs.show(key);
    }

    /** Opens {@code file}, asking first about unsaved changes. */
    public void open(Path file) {
        session.open(file);
    }

    /** Opens the first strategy file of those dropped on the window; false when none of them is one. */
    boolean openDropped(List<Path> dropped) {
        return session.openDropped(dropped);
    }

    /** Saves to {@code target} as Save As would after its dialog. */
    void saveTo(Path target) {
        session.saveTo(target);
    }

    void openFoldersWith(Consumer<Path> opener) {
        slides.openFoldersWith(opener);
    }

    void present() {
        slides.present();
    }

    Presentation presentation() {
        return slides.presentation();
    }

    void exportSlides(Path target, boolean pdf) {
        slides.export(target, pdf);
    }

    /** Whether the window shows a strategy and every built tab has all its fields on screen. */
    boolean tabsWhole() {
        return root.getCenter() != null && tabs.whole();
    }

    /** The bar that offers a choice when the open file changes on disk. */
    OutsideChangeBar outsideChanges() {
        return outside;
    }

    /** The marks on fields, for tests. */
    FindingMarks marks() {
        return marks;
    }

    /** For tests: the journal of this window's unsaved edits. */
    RecoveryJournal recoveryJournal() {
        return session.journal();
    }
}
