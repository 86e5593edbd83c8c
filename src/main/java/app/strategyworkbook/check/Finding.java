package app.strategyworkbook.check;

import app.strategyworkbook.template.FieldRef;

/**
 * One finding of the checks. {@code where} is the field it is about, a typed reference into the document that the
 * editor follows to the control; {@code field} names the place in the user's words ("Investment % of Sales").
 * {@code unfilled} marks a field not filled in yet, which the window counts in a section's completion meter rather than
 * listing as a problem.
 */
public record Finding(Severity severity, FieldRef where, String field, String message, boolean unfilled) {

    /** A finding about something wrong or worth a look (not a field left to fill in). */
    public Finding(Severity severity, FieldRef where, String field, String message) {
        this(severity, where, field, message, false);
    }

    /** The part of the document in the user's words: "Resource Allocation", or "Document" for the header and footer. */
    public String section() {
        return where.part().label();
    }

    /** The line the command line prints: "section > field: message". */
    public String describe() {
        return section() + " > " + field + ": " + message;
    }
}
