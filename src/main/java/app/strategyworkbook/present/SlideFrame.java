package app.strategyworkbook.present;

/**
 * What a slide is drawn within: 16:9 or 4:3, light or dark, its number of how many, the strategy's title for the
 * footer, and the status to mark on it ("LIVING", "DRAFT"), empty for a final strategy.
 */
public record SlideFrame(boolean wide, boolean dark, int number, int count, String documentTitle, String mark) {
    /** The design height; the width is 1600 at 16:9 and 1200 at 4:3. */
    public static final double HEIGHT = 900;

    public double width() {
        return wide ? 1600 : 1200;
    }

    public Theme theme() {
        return Theme.of(dark);
    }
}
