package app.strategyworkbook.format;

/**
 * A strategy file that cannot be read or written. The message is one sentence a user can act on, naming what is wrong
 * and, where known, the line; it never carries a stack trace of its own.
 */
public class StrategyFormatException extends Exception {
    private final int line;

    public StrategyFormatException(String message) {
        this(message, -1, null);
    }

    public StrategyFormatException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The 1-based line the problem is on, or -1 when it has no line. */
    public int line() {
        return line;
    }
}
