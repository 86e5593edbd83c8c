package app.strategyworkbook.session;

import java.util.prefs.Preferences;

/**
 * How the user set the window to look, kept in their preferences beside the recent files so that it survives a
 * restart: the light or dark theme and the text size.
 */
public final class Appearance {
    /** The text size a window starts with until the user makes it larger or smaller. */
    public static final double DEFAULT_TEXT_SIZE = 13;
    private static final String DARK = "darkTheme";
    private static final String TEXT_SIZE = "textSize";
    private final Preferences store;

    /** @param node the preferences node; tests pass their own so they never touch the user's settings */
    public Appearance(String node) {
        this.store = Preferences.userRoot().node(node);
    }

    public boolean dark() {
        return store.getBoolean(DARK, false);
    }

    public void dark(boolean dark) {
        store.putBoolean(DARK, dark);
    }

    public double textSize() {
        return store.getDouble(TEXT_SIZE, DEFAULT_TEXT_SIZE);
    }

    public void textSize(double size) {
        store.putDouble(TEXT_SIZE, size);
    }
}
