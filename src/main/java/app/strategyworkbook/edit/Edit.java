package app.strategyworkbook.edit;

/** One change to the document that can be undone and redone. */
public interface Edit {
    void undo();

    void redo();

    /** What the edit did, in the user's words, for the Edit menu ("Undo typing in Mission"). */
    String description();

    /** Merges {@code next} into this edit when they are one act for the user (typing in one field); false if not. */
    default boolean absorb(Edit next) {
        return false;
    }
}
