package app.strategyworkbook.ui;

import app.strategyworkbook.cli.CommandLine;
import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.session.Session;
import app.strategyworkbook.ui.field.KeyHelp;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** The window's menus and toolbar, made from one set of actions (so a shortcut is defined once for both). */
final class WindowMenus {
    static final KeyCombination UNDO = KeyCombination.valueOf("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.valueOf("Shortcut+Y");
    static final KeyCombination REDO_SHIFT = KeyCombination.valueOf("Shortcut+Shift+Z");
    static final KeyCombination NEXT_SECTION = KeyCombination.valueOf("Ctrl+Tab");
    static final KeyCombination PREVIOUS_SECTION = KeyCombination.valueOf("Ctrl+Shift+Tab");

    private final Stage stage;
    private final Session session;
    private final EditHistory history;
    private final Menu recentMenu = new Menu("Open Recent");
    private final MenuBar bar;
    private final ToolBar toolbar;
    final Action quit;

    /**
     * @param checksShown whether the check panel is shown
     * @param dark        whether the dark theme is on
     * @param textSize    makes the text larger (+1) or smaller (-1)
     */
    WindowMenus(Stage stage, Session session, SlideCommands slides, BooleanProperty checksShown, BooleanProperty dark,
                IntConsumer textSize) {
        this.stage = stage;
        this.session = session;
        this.history = session.workbook().history();
        Action newDoc = Action.of("new", "New", "Shortcut+N", session::newDocument);
        Action open = Action.of("open", "Open…", "Shortcut+O", session::chooseAndOpen);
        Action save = Action.of("save", "Save", "Shortcut+S", session::save);
        quit = Action.of("quit", "Quit", "Shortcut+Q", () -> session.quit(Platform::exit));

        Menu file = new Menu("_File");
        file.setId("menu-file");
        file.getItems().addAll(newDoc.menuItem(), open.menuItem(), recentMenu, new SeparatorMenuItem(),
                save.menuItem(), Action.of("saveAs", "Save As…", "Shortcut+Shift+S", session::saveAs).menuItem(),
                new SeparatorMenuItem(),
                Action.of("exportPdf", "Export Slides as PDF…", null, slides::exportPdf).menuItem(),
                Action.of("exportPng", "Export Slides as Pictures…", null, slides::exportPngs).menuItem(),
                Action.of("exportPptx", "Export Slides as PowerPoint…", null, slides::exportPptx).menuItem(),
                Action.of("exportHandout", "Export Handout with Speaker Notes…", null, slides::exportHandout)
                        .menuItem(),
                new SeparatorMenuItem(), Action.of("close", "Close", "Shortcut+W", session::close).menuItem(),
                quit.menuItem());
        file.setOnShowing(e -> fillRecent());

        MenuItem undo = undo().menuItem();
        undo.textProperty().bind(history.undoTextProperty());
        undo.setAccelerator(UNDO);
        MenuItem redo = redo().menuItem();
        redo.textProperty().bind(history.redoTextProperty());
        redo.setAccelerator(REDO);
        Menu edit = new Menu("_Edit");
        edit.setId("menu-edit");
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                textAction("cut", "Cut", "Shortcut+X", TextInputControl::cut),
                textAction("copy", "Copy", "Shortcut+C", TextInputControl::copy),
                textAction("paste", "Paste", "Shortcut+V", TextInputControl::paste));

        CheckMenuItem checkPanel = new CheckMenuItem("Check Panel");
        checkPanel.setId("menu-checkPanel");
        checkPanel.setAccelerator(KeyCombination.valueOf("F8"));
        checkPanel.selectedProperty().bindBidirectional(checksShown);
        CheckMenuItem darkTheme = new CheckMenuItem("Dark Theme");
        darkTheme.setId("menu-dark");
        darkTheme.selectedProperty().bindBidirectional(dark);
        Menu view = new Menu("_View");
        view.setId("menu-view");
        view.getItems().addAll(Action.of("present", "Present", "F5", slides::present).menuItem(),
                Action.of("onePage", "Strategy on One Page", null, slides::onePage).menuItem(),
                new SeparatorMenuItem(), checkPanel, darkTheme, new SeparatorMenuItem(),
                Action.of("bigger", "Larger Text", "Shortcut+Equals", () -> textSize.accept(1)).menuItem(),
                Action.of("smaller", "Smaller Text", "Shortcut+Minus", () -> textSize.accept(-1)).menuItem());

        Menu help = new Menu("_Help");
        help.setId("menu-help");
        help.getItems().addAll(Action.of("shortcuts", "Keyboard Shortcuts", "F1", this::showShortcuts).menuItem(),
                Action.of("example", "Open Example Strategy", null, session::openExample).menuItem(),
                Action.of("about", "About Strategy Workbook", null, this::about).menuItem());
        bar = new MenuBar(file, edit, view, help);
        bar.setId("menuBar");
        toolbar = new ToolBar(newDoc.button(), open.button(), save.button(), undo().button(), redo().button());
        toolbar.setId("toolbar");
    }

    MenuBar bar() {
        return bar;
    }

    ToolBar toolbar() {
        return toolbar;
    }

    private Action undo() {
        return Action.of("undo", "Undo", null, history::undo).disabledWhen(history.canUndoProperty().not());
    }

    private Action redo() {
        return Action.of("redo", "Redo", null, history::redo).disabledWhen(history.canRedoProperty().not());
    }

    private MenuItem textAction(String id, String label, String shortcut, Consumer<TextInputControl> act) {
        return Action.onText(id, label, shortcut, () -> {
            if (stage.getScene().getFocusOwner() instanceof TextInputControl text) {
                act.accept(text);
            }
        }).menuItem();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<Path> list = session.recent().list();
        for (int i = 0; i < list.size(); i++) {
            Path path = list.get(i);
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setId("menu-recent-" + i);
            item.setOnAction(e -> session.open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(list.isEmpty());
    }

    private void showShortcuts() {
        ShortcutList.show(stage, ShortcutList.of(bar, List.of(
                new KeyHelp("Redo, also", REDO_SHIFT.getDisplayText()),
                new KeyHelp("Next section, previous section",
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
