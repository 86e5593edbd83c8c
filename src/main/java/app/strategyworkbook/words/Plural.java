package app.strategyworkbook.words;

/**
 * A count with its noun, singular or plural, for every message that says how many: "1 value", "3 values", "there is
 * 1 value", "there are 3 values". Messages use it instead of adding an "s" by hand, which read "there are 1 values".
 */
public final class Plural {
    private Plural() {
    }

    /** "1 slide", "15 slides", "0 slides"; {@code one} is the singular, made plural with an "s". */
    public static String of(long count, String one) {
        return of(count, one, one + "s");
    }

    /** "1 person", "3 people": for a noun whose plural is not its singular with an "s". */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** "there is 1 value", "there are 3 values". */
    public static String thereAre(long count, String one) {
        return (count == 1 ? "there is " : "there are ") + of(count, one);
    }

    /** The verb agreeing with {@code count} things: {@code is ("differs")} for one, {@code are ("differ")} for more. */
    public static String verb(long count, String is, String are) {
        return count == 1 ? is : are;
    }
}
