package app.strategyworkbook.check;

/** How much a finding matters: an error is something wrong; a warning, something unfinished or worth a look. */
public enum Severity {
    ERROR, WARNING;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
