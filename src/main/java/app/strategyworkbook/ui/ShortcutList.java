package app.strategyworkbook.ui;

import app.strategyworkbook.ui.field.CellEdit;
import app.strategyworkbook.ui.field.KeyHelp;
import app.strategyworkbook.ui.field.Rows;
import app.strategyworkbook.ui.present.SlideKey;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The keyboard shortcuts, as a table: made from the menus' actions, the window's own keys, and the keys that lists,
 * cells and the presentation define beside their handling, so a key added anywhere shows here without being listed
 * twice.
 */
final class ShortcutList {
    /** A group of keys under a heading ("File", "In tables and lists", "While presenting"). */
    record Group(String heading, List<KeyHelp> keys) {
    }

    private ShortcutList() {
    }

    /** Every key the window answers: the menus' shortcuts, then {@code windowKeys}, lists, cells and slides. */
    static List<Group> of(MenuBar menus, List<KeyHelp> windowKeys) {
        List<Group> groups = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            List<KeyHelp> keys = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    // An action's own label: Undo's menu text names the edit it would undo.
                    String label = item.getProperties().get(Action.class) instanceof Action action ? action.label()
                            : item.getText();
                    keys.add(new KeyHelp(label.replace("…", ""), item.getAccelerator().getDisplayText()));
                }
            }
            if (!keys.isEmpty()) {
                groups.add(new Group(menu.getText().replace("_", ""), keys));
            }
        }
        groups.add(new Group("In the window", windowKeys));
        groups.add(new Group("In tables and lists", Rows.KEYS));
        groups.add(new Group("In a cell or line being edited", CellEdit.KEYS));
        groups.add(new Group("While presenting", List.of(SlideKey.values()).stream()
                .map(k -> new KeyHelp(k.does(), k.keysText())).toList()));
        return groups;
    }

    /** Shows the groups as a table: what, then the keys, under each group's heading. */
    static void show(Window owner, List<Group> groups) {
        GridPane table = new GridPane();
        table.setId("shortcutTable");
        table.getStyleClass().add("shortcut-table");
        // What a key does wraps in the first column, which takes the dialog's width; the keys stay on one line beside it.
        javafx.scene.layout.ColumnConstraints does = new javafx.scene.layout.ColumnConstraints();
        does.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        does.setMinWidth(160);
        javafx.scene.layout.ColumnConstraints keysColumn = new javafx.scene.layout.ColumnConstraints();
        keysColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getColumnConstraints().addAll(does, keysColumn);
        int row = 0;
        for (Group group : groups) {
            Label heading = new Label(group.heading());
            heading.getStyleClass().add("shortcut-group");
            table.add(heading, 0, row++, 2, 1);
            for (KeyHelp key : group.keys()) {
                Label what = new Label(key.does());
                what.setWrapText(true);
                what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label keys = new Label(key.keys());
                keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                keys.getStyleClass().add("shortcut-keys");
                table.addRow(row++, what, keys);
            }
        }
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 560);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setHeaderText("Keyboard shortcuts");
        alert.setTitle("Keyboard Shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.initOwner(owner);
        alert.setResizable(true);
        alert.show();
    }
}
