package app.strategyworkbook.cli;

import static app.strategyworkbook.files.FileModes.mode;
import static app.strategyworkbook.files.FileModes.newFileMode;
import static app.strategyworkbook.files.FileModes.setMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.FileModes;
import app.strategyworkbook.files.StrategyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code convert} writes its file as a save does: keeping the permissions of a file it replaces, else the umask's. */
class ConvertPermissionsTest {
    @TempDir
    Path dir;

    private final Commands commands = new Commands();

    @BeforeEach
    void onlyWithPermissions() throws IOException {
        FileModes.assumePosix(dir);
    }

    @Test
    void convertingOverASharedFileKeepsItsPermissionsAndThoseOfItsBak() throws Exception {
        Path json = dir.resolve("strategy.json");
        Files.writeString(json, "{}");
        setMode(json, "rw-rw-r--");
        assertEquals(0, commands.run("convert", "samples/example-strategy.md", json.toString()), commands.err());
        assertEquals("rw-rw-r--", mode(json));
        assertEquals("rw-rw-r--", mode(StrategyFiles.backupOf(json)));
    }

    @Test
    void aNewFileGetsWhatTheUmaskGivesAnyNewFile() throws Exception {
        Path json = dir.resolve("new.json");
        assertEquals(0, commands.run("convert", "samples/example-strategy.md", json.toString()), commands.err());
        assertEquals(newFileMode(dir), mode(json));
    }

    /** The umask decides, not a mode the app picks: converted in a shell with another umask, as a user would. */
    @ParameterizedTest
    @CsvSource({"002, rw-rw-r--", "027, rw-r-----", "077, rw-------"})
    void aNewFileFollowsTheUmaskOfTheShellItIsConvertedIn(String umask, String expected) throws Exception {
        Path md = dir.resolve("umask-" + umask + ".md");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process convert = new ProcessBuilder(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh", java,
                "-cp", System.getProperty("java.class.path"), app.strategyworkbook.Launcher.class.getName(),
                "convert", "samples/example-strategy.json", md.toString())).redirectErrorStream(true).start();
        String out = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, convert.exitValue(), out);
        assertEquals(expected, mode(md));
    }
}
