package app.strategyworkbook.ui.field;

import app.strategyworkbook.edit.Typing;
import app.strategyworkbook.model.StrategyDocument;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Typing in a table cell or a list line, kept on every way out of it: Enter, Tab and Shift+Tab (which go on to the
 * next or previous cell), a click anywhere else, another tab, a shortcut such as Ctrl+S, closing the window. Escape
 * alone drops it. Every cell of every table and list edits through this one class, so no editor can forget a way out.
 *
 * <p>JavaFX's own cells keep typing only on Enter: a click elsewhere leaves the text on screen but not in the
 * document, and Tab moves the keyboard out of the table. Here the typing is written to the model the moment the cell
 * is left, whatever ends the editing, as one undoable edit.
 */
public final class CellEdit {
    /**
     * The cell being typed in, anywhere in the app. Only one control has the keyboard at a time, so there is at most
     * one; actions and the window ask it to keep its typing before they act.
     */
    private static CellEdit pending;

    /** What a cell does when its typing is kept, dropped, or the user goes on to the next cell. */
    interface Cell {
        /** Writes the typed text to the document (only called when it differs from what the cell held). */
        void keep(String typed);

        /**
         * Puts {@code typed} into {@code copy}, a copy of the document {@code live}, at this cell's place: the typing
         * is journalled so while the cell is still being edited.
         */
        void keepInto(StrategyDocument live, StrategyDocument copy, String typed);

        /** Ends editing, the cell showing {@code typed}. */
        void finish(String typed);

        /** Ends editing, the cell showing what it held before: Escape. */
        void drop();

        /**
         * Edits the next (+1) or previous (-1) cell, row by row. Past the last cell a new row is added and edited, as
         * in a word processor's table; before the first, the keyboard goes back to the control before the table.
         */
        void moveBy(int step);
    }

    /** The keys of a cell being edited, for the shortcut list; {@link #key} acts on them. */
    public static final java.util.List<KeyHelp> KEYS = java.util.List.of(
            new KeyHelp("Edit the chosen cell or line", "F2, a double-click, or start typing"),
            new KeyHelp("Keep what was typed", "Enter, or click elsewhere"),
            new KeyHelp("Keep it and edit the next or previous cell", "Tab, Shift+Tab"),
            new KeyHelp("On the last cell: keep it and add a row or line", "Tab"),
            new KeyHelp("Drop what was typed (a new row left empty goes again)", "Esc"));

    private final Cell cell;
    private final TextField text;
    /** Between {@link #begin} and the end of the editing, however it ends. */
    private boolean active;
    /** Escape was pressed: the editing ends without keeping anything. */
    private boolean dropping;
    private String before = "";
    /**
     * True while Tab moves the editing on: the next cell shows its text chosen, as a word processor's table does, so
     * that typing replaces it; a cell opened by F2, Enter or a double-click puts the caret at the end instead.
     */
    private static boolean tabbing;

    /** Where the typing of the cell being edited is told, as it changes (the open workbook); null: nowhere. */
    private static java.util.function.Consumer<Typing> typingTo;

    /** The window tells the open workbook of typing not yet kept, so that it is journalled and shown as changed. */
    public static void tellTypingTo(java.util.function.Consumer<Typing> workbook) {
        typingTo = workbook;
    }

    /**
     * @param keyboard the control that has the keyboard while editing: the text field, or an editable combo box
     * @param text     the text field whose text is kept (the combo box's editor)
     */
    CellEdit(Cell cell, Node keyboard, TextField text) {
        this.cell = cell;
        this.text = text;
        LineBreaks.asSpaces(text);
        text.textProperty().addListener((obs, was, is) -> tellTyping());
        keyboard.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // Focus goes when the user clicks or tabs elsewhere, or the window itself loses the keyboard.
        keyboard.focusedProperty().addListener((obs, was, is) -> {
            if (!is && active) {
                leave();
            }
        });
    }

    /** The cell starts editing {@code value}. */
    void begin(String value) {
        before = value == null ? "" : value;
        text.setText(before);
        dropping = false;
        active = true;
        pending = this;
    }

    /**
     * Where the caret goes once the cell's editor has the keyboard: all the text chosen when Tab arrived here (typing
     * replaces it, and the theme shows it chosen), else the caret at the end, so nothing is replaced unseen.
     */
    void placeCaret() {
        if (tabbing) {
            text.selectAll();
        } else {
            text.end();
        }
    }

    /**
     * The cell has stopped editing by any way at all (the table moved its editing elsewhere, the row was scrolled
     * away, Escape): the typing is kept unless Escape dropped it. Safe to call more than once.
     */
    void end() {
        if (active) {
            String typed = typed();
            boolean changed = changed(typed);
            stop();
            if (changed) {
                cell.keep(typed);
            }
        }
    }

    /**
     * Keeps the typing and ends the editing. The cell stops editing first, so that the change to the document finds
     * no cell half-way through an edit.
     */
    void leave() {
        if (active) {
            String typed = typed();
            boolean changed = changed(typed);
            stop();
            cell.finish(typed);
            if (changed) {
                cell.keep(typed);
            }
        }
    }

    private String typed() {
        return text.getText() == null ? "" : text.getText();
    }

    private boolean changed(String typed) {
        return !dropping && !typed.equals(before);
    }

    /** Tells the workbook of the typing now in this cell, or that there is none to keep. */
    private void tellTyping() {
        if (typingTo == null) {
            return;
        }
        String typed = typed();
        typingTo.accept(active && changed(typed) ? (live, copy) -> cell.keepInto(live, copy, typed) : null);
    }

    private void stop() {
        active = false;
        tellTyping();
        if (pending == this) {
            pending = null;
        }
    }

    private void key(KeyEvent e) {
        if (!active) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            leave();
        } else if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            leave();
            tabbing = true;
            try {
                cell.moveBy(e.isShiftDown() ? -1 : 1);
            } finally {
                tabbing = false;
            }
        } else if (e.getCode() == KeyCode.ESCAPE) {
            dropping = true;
            cell.drop();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Keeps the typing of the cell being edited, if any, and ends its editing: called before every action (a
     * shortcut does not move the keyboard, so the cell would not know) and when the window closes or changes tab.
     */
    public static void keepPending() {
        if (pending != null) {
            pending.leave();
        }
    }

    /** Replaces the text of the cell just started with {@code first}: typing on a chosen cell starts it so. */
    static void typeInto(String first) {
        if (pending != null) {
            pending.text.setText(first);
            pending.text.end();
        }
    }

    /**
     * Home or End on a chosen cell that is not being edited: edits it with the caret at its start or end (true if
     * the key was taken). A user who chose a cell and pressed End to add to its text would otherwise send the choice
     * to the table's last row, and type into another risk's cell unseen.
     */
    static boolean homeOrEnd(javafx.scene.input.KeyEvent e, Runnable editChosen) {
        boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShiftDown();
        if (!plain || pending != null || e.getCode() != KeyCode.HOME && e.getCode() != KeyCode.END) {
            return false;
        }
        editChosen.run();
        if (pending != null) {
            if (e.getCode() == KeyCode.HOME) {
                pending.text.home();
            } else {
                pending.text.end();
            }
        }
        e.consume();
        return true;
    }

    /** Whether a cell is being typed in now. */
    public static boolean isPending() {
        return pending != null;
    }

    /**
     * A press anywhere in {@code scene} outside the cell being edited keeps its typing first. A click on a label, a
     * chart or an empty part of the form takes no focus, so the cell would otherwise stay open with its text unkept.
     */
    public static void keepOnClickElsewhere(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (pending != null && e.getTarget() instanceof Node target && !pending.contains(target)
                    && !inMenuBar(target)) {
                keepPending();
            }
        });
    }

    /** A click on the menu bar only opens a menu: its command keeps the typing, or, for Paste, types into it. */
    private static boolean inMenuBar(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.MenuBar) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(Node node) {
        Node editing = (Node) cell;
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == editing) {
                return true;
            }
        }
        return false;
    }
}
