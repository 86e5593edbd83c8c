package app.strategyworkbook.format.markdown;

import java.util.List;
import java.util.Optional;

/**
 * How much of a file the reader understood: the file's own section headings (its "##" headings, or the bold lines that
 * stand for them), those it read as a part of the template, and those it kept as written. The window and
 * {@code validate} say it in one sentence, so that a colleague's file that opens with much of it kept as text never
 * looks fully understood.
 */
public record Recognition(List<String> recognised, List<String> kept, boolean whole) {
    public Recognition {
        recognised = List.copyOf(recognised);
        kept = List.copyOf(kept);
    }

    public Recognition(List<String> recognised, List<String> kept) {
        this(recognised, kept, false);
    }

    /** A file in the app's own structure, as JSON always is: everything in it was understood. */
    public static final Recognition WHOLE = new Recognition(List.of(), List.of(), true);

    /**
     * The sentence to tell the user where some of the file was not understood ("7 of 11 sections recognised; the rest
     * is kept as written: Where we are today, Governance"); empty when every section was.
     */
    public Optional<String> message() {
        if (whole || kept.isEmpty() && !recognised.isEmpty()) {
            return Optional.empty();
        }
        if (recognised.isEmpty() && kept.isEmpty()) {
            return Optional.of("No section of the template was recognised; the file is kept as written");
        }
        int all = recognised.size() + kept.size();
        return Optional.of(recognised.size() + " of " + all + " sections recognised; the rest is kept as written: "
                + String.join(", ", kept));
    }
}
