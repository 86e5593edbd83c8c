package app.strategyworkbook.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** One thing the user can do, defined once: its label, shortcut, when it is available, and what it does. */
record Action(String id, String label, KeyCombination shortcut, BooleanExpression disabled, Runnable run) {

    static Action of(String id, String label, String shortcut, Runnable run) {
        return new Action(id, label, shortcut == null ? null : KeyCombination.valueOf(shortcut),
                new SimpleBooleanProperty(false), run);
    }

    Action disabledWhen(BooleanExpression when) {
        return new Action(id, label, shortcut, when, run);
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(label);
        item.setId("menu-" + id);
        item.setAccelerator(shortcut);
        item.disableProperty().bind(disabled);
        item.setOnAction(e -> run.run());
        return item;
    }

    Button button() {
        Button button = new Button(label);
        button.setId("tool-" + id);
        button.setAccessibleText(label);
        button.setFocusTraversable(false);
        app.strategyworkbook.ui.field.HoverTip.install(button,
                () -> shortcut == null ? label : label + " (" + shortcut.getDisplayText() + ")");
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> run.run());
        return button;
    }
}
