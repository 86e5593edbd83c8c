package app.strategyworkbook.ui.field;

/**
 * What a table or list does at the ends of editing, the word processor's way: Tab past the last cell adds a row and
 * edits it, and a row added so and left empty with Escape goes again.
 */
interface TableEnds<R> {
    /** Tab left the last cell: add a row and edit its first cell. */
    void pastTheEnd();

    /** Escape dropped the typing in {@code row}: a new row still empty is removed. */
    void dropped(R row);
}
