package app.strategyworkbook.edit;

import app.strategyworkbook.model.StrategyDocument;

/**
 * Typing in a cell or list line not yet kept in the document: the cell is still being edited. It goes into the
 * document, as one undoable edit, when the cell is left; until then it is journalled with the unsaved edits, so that a
 * crash does not lose it, and the window shows the document as changed.
 */
@FunctionalInterface
public interface Typing {
    /** Puts the typing into {@code copy}, a copy of {@code live}, where its cell stands in {@code live}. */
    void into(StrategyDocument live, StrategyDocument copy);
}
