package app.strategyworkbook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The recent-files list lives in the user's preferences, so a new start (a new instance) finds it. */
class RecentFilesTest {
    private static final String NODE = "app/strategyworkbook/test-recent";

    @AfterEach
    void clean() throws Exception {
        Preferences.userRoot().node(NODE).removeNode();
    }

    @Test
    void newestFirstNoRepeatsAtMostEightAndKeptAcrossStarts() {
        RecentFiles recent = new RecentFiles(NODE);
        for (int i = 1; i <= 10; i++) {
            recent.add(Path.of("/strategies/s" + i + ".md"));
        }
        recent.add(Path.of("/strategies/s5.md"));
        var afterRestart = new RecentFiles(NODE).list();
        assertEquals(8, afterRestart.size());
        assertEquals(Path.of("/strategies/s5.md"), afterRestart.get(0));
        assertEquals(Path.of("/strategies/s10.md"), afterRestart.get(1));
        assertEquals(1, afterRestart.stream().filter(p -> p.endsWith("s5.md")).count());
    }
}
