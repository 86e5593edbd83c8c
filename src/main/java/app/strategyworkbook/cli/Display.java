package app.strategyworkbook.cli;

import java.util.Map;

/**
 * Whether the window can be shown here. Over SSH or on a server there is no display, and JavaFX would fail with a
 * stack trace ("Unable to open DISPLAY"); the user is told so in one sentence instead, with the commands that need no
 * display. Plain Java: deciding this never loads the toolkit.
 */
public final class Display {
    /** Said when the window cannot be shown, whether no display is named or the one named cannot be opened. */
    public static final String NONE = "There is no display to show the window on: convert, validate and export "
            + "work without one (run with --help to see them).";

    private Display() {
    }

    /**
     * Whether the environment names no display the window could be shown on: on Linux, neither {@code DISPLAY} nor
     * {@code WAYLAND_DISPLAY} set, unless JavaFX runs headless ({@code glass.platform} Monocle, as the tests do).
     * Windows and macOS always have a display to a user who can start the app.
     */
    public static boolean missing(String osName, Map<String, String> environment, String glassPlatform) {
        return osName != null && osName.startsWith("Linux") && !"Monocle".equalsIgnoreCase(glassPlatform)
                && blank(environment.get("DISPLAY")) && blank(environment.get("WAYLAND_DISPLAY"));
    }

    /** The same, for this process. */
    public static boolean missing() {
        return missing(System.getProperty("os.name"), System.getenv(), System.getProperty("glass.platform"));
    }

    /**
     * Whether the toolkit failed to start for want of a display: one is named but cannot be opened (JavaFX's GTK
     * throws "Unable to open DISPLAY", wrapped or not). Only the display is matched, so that any other failure keeps
     * its stack trace.
     */
    public static boolean cannotOpen(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("DISPLAY")
                    || message.toLowerCase(java.util.Locale.ROOT).contains("open display"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
