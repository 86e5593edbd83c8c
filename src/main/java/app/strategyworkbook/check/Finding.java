package app.strategyworkbook.check;

/**
 * One finding of the checks. {@code section} and {@code field} name the place in the user's words ("Resource
 * Allocation", "Investment %"); {@code sectionKey} and {@code fieldPath} name it for the app ("resources",
 * "allocations[2].investment"), so the editor can take the user there.
 */
public record Finding(Severity severity, String section, String field, String message, String sectionKey,
                      String fieldPath) {

    /** The line the command line prints: "section > field: message". */
    public String describe() {
        return section + " > " + field + ": " + message;
    }
}
