package app.strategyworkbook.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Telling, without the toolkit, that there is no display for the window (over SSH, on a server). */
class DisplayTest {
    @Test
    void onLinuxWithNeitherDisplayNorWaylandDisplayThereIsNone() {
        assertTrue(Display.missing("Linux", Map.of(), null));
        assertTrue(Display.missing("Linux", Map.of("DISPLAY", "", "TERM", "xterm"), "gtk"), "set but empty");
        assertFalse(Display.missing("Linux", Map.of("DISPLAY", ":0"), null));
        assertFalse(Display.missing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
    }

    @Test
    void headlessJavaFxAndOtherSystemsNeedNoneNamed() {
        assertFalse(Display.missing("Linux", Map.of(), "Monocle"), "headless, as the tests run the window");
        assertFalse(Display.missing("Mac OS X", Map.of(), null));
        assertFalse(Display.missing("Windows 11", Map.of(), null));
    }

    @Test
    void aDisplayThatCannotBeOpenedIsToldFromOtherFailures() {
        assertTrue(Display.cannotOpen(new UnsupportedOperationException("Unable to open DISPLAY")));
        assertTrue(Display.cannotOpen(new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to open DISPLAY"))), "wrapped");
        assertTrue(Display.cannotOpen(new RuntimeException("cannot open display: :99")));
        assertFalse(Display.cannotOpen(new IllegalStateException("Toolkit already initialized")));
        assertFalse(Display.cannotOpen(new RuntimeException("Exception in Application start method",
                new NullPointerException())));
        assertFalse(Display.cannotOpen(new RuntimeException()));
    }

    @Test
    void theSentenceNamesTheCommandsThatWorkWithoutADisplay() {
        assertTrue(Display.NONE.contains("no display") && Display.NONE.contains("convert")
                && Display.NONE.contains("validate"), Display.NONE);
        assertTrue(Display.NONE.endsWith(".") && !Display.NONE.substring(0, Display.NONE.length() - 1)
                .contains(". "), "one sentence: " + Display.NONE);
    }
}
