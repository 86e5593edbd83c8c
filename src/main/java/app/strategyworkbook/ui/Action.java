package app.strategyworkbook.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** One thing the user can do, defined once: its label, shortcut, when it is available, and what it does. */
record Action(String id, String label, KeyCombination shortcut, BooleanExpression disabled, Runnable run,
              boolean onTypedText) {

    static Action of(String id, String label, String shortcut, Runnable run) {
        return new Action(id, label, shortcut == null ? null : KeyCombination.valueOf(shortcut),
                new SimpleBooleanProperty(false), run, false);
    }

    /** An action on the text being typed (cut, copy, paste), which leaves a cell being edited open. */
    static Action onText(String id, String label, String shortcut, Runnable run) {
        return new Action(id, label, KeyCombination.valueOf(shortcut), new SimpleBooleanProperty(false), run, true);
    }

    Action disabledWhen(BooleanExpression when) {
        return new Action(id, label, shortcut, when, run, onTypedText);
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem(label);
        item.setId("menu-" + id);
        item.getProperties().put(Action.class, this); // the shortcut list reads the menus' actions
        item.setAccelerator(shortcut);
        item.disableProperty().bind(disabled);
        item.setOnAction(e -> perform());
        return item;
    }

    /**
     * Does it, after keeping what is being typed in a table cell or list line: a shortcut such as Ctrl+S leaves the
     * keyboard where it is, so the cell would not know it is being left.
     */
    void perform() {
        if (!onTypedText) {
            app.strategyworkbook.ui.field.CellEdit.keepPending();
        }
        run.run();
    }

    Button button() {
        Button button = new Button(label);
        button.setId("tool-" + id);
        button.setAccessibleText(label);
        button.setFocusTraversable(false);
        app.strategyworkbook.ui.field.HoverTip.install(button,
                () -> shortcut == null ? label : label + " (" + shortcut.getDisplayText() + ")");
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> perform());
        return button;
    }
}
