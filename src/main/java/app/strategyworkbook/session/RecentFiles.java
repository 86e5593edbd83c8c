package app.strategyworkbook.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The files opened last, newest first, kept in the user's preferences so the list survives restarts. */
public final class RecentFiles {
    private static final int MAX = 8;
    private final Preferences store;

    /** @param node the preferences node; tests pass their own so they never touch the user's list */
    public RecentFiles(String node) {
        this.store = Preferences.userRoot().node(node);
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String path = store.get("file" + i, null);
            if (path != null) {
                files.add(Path.of(path));
            }
        }
        return files;
    }

    public void add(Path file) {
        List<Path> files = list();
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                store.put("file" + i, files.get(i).toString());
            } else {
                store.remove("file" + i);
            }
        }
    }
}
