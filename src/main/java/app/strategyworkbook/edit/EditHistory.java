package app.strategyworkbook.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The document's undo history, as command objects. "Unsaved" is derived from it: the document is unsaved when the
 * current point in the history is not the one that was saved, so undoing back to the saved state clears the mark.
 */
public final class EditHistory {
    private final List<Edit> edits = new ArrayList<>();
    /** How many edits are done; edits from here on are undone and can be redone. */
    private int done;
    /** The value of {@link #done} when the document was last saved or opened; -1 when that point was cut away. */
    private int saved;
    /** False after a pause (another field, focus lost, a save), so the next typing starts an edit of its own. */
    private boolean open;
    /** True while undo or redo puts values back: those changes are the history's own, not new edits. */
    private boolean replaying;
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    /**
     * Counts every change to the document (edits, undo, redo), for views that follow it, such as the checks; a save
     * changes the document in nothing, and is not counted.
     */
    private final javafx.beans.property.ReadOnlyIntegerWrapper changes =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "changes", 0);

    /** Edits being gathered into one, while {@link #asOneEdit} runs. */
    private List<Edit> group;

    /**
     * Runs {@code change} and records everything it changes as one edit, undone in one step: re-scoring a risk sets
     * its likelihood and its impact together.
     */
    public void asOneEdit(String description, Runnable change) {
        List<Edit> gathered = new ArrayList<>();
        group = gathered;
        try {
            change.run();
        } finally {
            group = null;
        }
        if (!gathered.isEmpty()) {
            open = false;
            record(new CompoundEdit(description, gathered));
            open = false;
        }
    }

    /** Adds an edit that has already happened. */
    public void record(Edit edit) {
        if (replaying) {
            return;
        }
        if (group != null) {
            if (group.isEmpty() || !group.get(group.size() - 1).absorb(edit)) {
                group.add(edit);
            }
            return;
        }
        if (done < edits.size()) {
            edits.subList(done, edits.size()).clear();
            if (saved > done) {
                saved = -1;
            }
        }
        if (open && done > 0 && done != saved && edits.get(done - 1).absorb(edit)) {
            changed();
            return;
        }
        edits.add(edit);
        done++;
        forgetBeyondLimit();
        open = true;
        changed();
    }

    /**
     * The most steps kept. Each holds what it changed (a list edit, the list before and after), so a long day of
     * editing a strategy of thousands of risks would otherwise hold a copy of it per step.
     */
    static final int MOST_STEPS = 500;

    /**
     * Drops the oldest steps beyond {@link #MOST_STEPS}. When the saved point was among them, no undo can reach it
     * again, so it is forgotten: the document stays unsaved until the next save, rather than seeming saved at a state
     * that is not on disk.
     */
    private void forgetBeyondLimit() {
        while (edits.size() > MOST_STEPS) {
            edits.remove(0);
            done--;
            saved = saved > 0 ? saved - 1 : -1;
        }
    }

    /** Ends the current run of typing: the next change is an edit of its own. */
    public void pause() {
        open = false;
    }

    public void undo() {
        if (done > 0) {
            open = false;
            replay(edits.get(--done)::undo);
            changed();
        }
    }

    public void redo() {
        if (done < edits.size()) {
            open = false;
            replay(edits.get(done++)::redo);
            changed();
        }
    }

    /**
     * Undoes the last edit and forgets it, so that redo cannot bring it back: a row added by Tab past a table's end and
     * left empty with Escape was never wanted, and neither the document nor its history should keep a trace of it.
     */
    public void withdraw() {
        if (done > 0) {
            undo();
            edits.subList(done, edits.size()).clear();
            if (saved > done) {
                saved = -1;
            }
            update();
        }
    }

    /** Whether the change being made now is an undo or redo, which is not recorded as an edit of its own. */
    public boolean isReplaying() {
        return replaying;
    }

    private void replay(Runnable action) {
        replaying = true;
        try {
            action.run();
        } finally {
            replaying = false;
        }
    }

    /** The document now matches what is on disk. */
    public void markSaved() {
        saved = done;
        open = false;
        update();
    }

    /** The document differs from its file although no edit was made here: restored unsaved changes. */
    public void markUnsaved() {
        saved = -1;
        update();
    }

    /** Forgets every edit, as when another document is opened. */
    public void clear() {
        edits.clear();
        done = 0;
        saved = 0;
        open = false;
        update();
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public boolean isUnsaved() {
        return unsaved.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo typing in Mission", for the menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Several changes that are one act for the user. */
    private record CompoundEdit(String description, List<Edit> edits) implements Edit {
        @Override
        public void undo() {
            for (int i = edits.size() - 1; i >= 0; i--) {
                edits.get(i).undo();
            }
        }

        @Override
        public void redo() {
            edits.forEach(Edit::redo);
        }
    }

    Optional<Edit> last() {
        return done == 0 ? Optional.empty() : Optional.of(edits.get(done - 1));
    }

    public javafx.beans.property.ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** The document itself changed (an edit, an undo, a redo): views that follow it look again. */
    private void changed() {
        changes.set(changes.get() + 1);
        update();
    }

    private void update() {
        unsaved.set(done != saved);
        canUndo.set(done > 0);
        canRedo.set(done < edits.size());
        undoText.set(done > 0 ? "Undo " + edits.get(done - 1).description() : "Undo");
        redoText.set(done < edits.size() ? "Redo " + edits.get(done).description() : "Redo");
    }
}
