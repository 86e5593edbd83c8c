package app.strategyworkbook.edit;

import javafx.beans.property.StringProperty;

/** Text typed into one field. Consecutive typing in the same field is one edit. */
final class TextEdit implements Edit {
    private final StringProperty field;
    private final String before;
    private String after;

    TextEdit(StringProperty field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    @Override
    public void undo() {
        field.set(before);
    }

    @Override
    public void redo() {
        field.set(after);
    }

    @Override
    public String description() {
        return "typing in " + FieldNames.of(field);
    }

    @Override
    public boolean absorb(Edit next) {
        if (next instanceof TextEdit text && text.field == field) {
            after = text.after;
            return true;
        }
        return false;
    }
}
