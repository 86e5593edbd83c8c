package app.strategyworkbook.check;

import app.strategyworkbook.template.FieldRef;
import java.util.ArrayList;
import java.util.List;

/** The findings of one run of the checks, added to by each check. */
public final class Findings {
    private final List<Finding> list = new ArrayList<>();

    /** An error about the field at {@code where}, named in the user's words as {@code field}. */
    void error(FieldRef where, String field, String message) {
        list.add(new Finding(Severity.ERROR, where, field, message));
    }

    void warning(FieldRef where, String field, String message) {
        list.add(new Finding(Severity.WARNING, where, field, message));
    }

    /** A field not filled in yet: a warning, counted by the window in its section's completion meter. */
    void unfilled(FieldRef where, String field, String message) {
        list.add(new Finding(Severity.WARNING, where, field, message, true));
    }

    /** A warning about a field named by its label. */
    void warning(FieldRef where, String message) {
        warning(where, where.field().label(), message);
    }

    public List<Finding> all() {
        return List.copyOf(list);
    }
}
