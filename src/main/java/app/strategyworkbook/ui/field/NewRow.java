package app.strategyworkbook.ui.field;

import app.strategyworkbook.edit.EditHistory;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The row or line just added to a table or list, until the user leaves it. Left empty with Escape, it goes again; when
 * nothing else changed since it was added, its adding is taken back from the undo history too, so the document is as
 * it was, saved state and all.
 */
final class NewRow {
    private final List<?> items;
    private final EditHistory history;
    /** Whether the row at an index holds nothing at all. */
    private final IntPredicate blank;
    private int fresh = -1;
    private int changesWhenAdded;

    /** @param history the document's undo history, or null for a list not in a document */
    NewRow(List<?> items, EditHistory history, IntPredicate blank) {
        this.items = items;
        this.history = history;
        this.blank = blank;
    }

    /** Adds a row with {@code add}, which puts it at the end, and remembers it as new. */
    void add(Runnable add) {
        if (history != null) {
            history.pause(); // the row is an edit of its own, never merged with typing before it
        }
        add.run();
        fresh = items.size() - 1;
        changesWhenAdded = history == null ? -1 : history.changesProperty().get();
    }

    /** Editing moved to the row at {@code index}: a new row the user has left is an ordinary row from then on. */
    void editing(int index) {
        if (index != fresh) {
            fresh = -1;
        }
    }

    /** Escape on the row at {@code index}: removes it if it is the new row and still blank. True if it went. */
    boolean dropped(int index) {
        if (index < 0 || index != fresh || index >= items.size() || !blank.test(index)) {
            return false;
        }
        fresh = -1;
        if (history != null && history.changesProperty().get() == changesWhenAdded && index == items.size() - 1) {
            history.withdraw();
        } else {
            items.remove(index);
        }
        return true;
    }
}
