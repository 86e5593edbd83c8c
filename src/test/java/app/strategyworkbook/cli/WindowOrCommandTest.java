package app.strategyworkbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which arguments open the window and which are the command line's. The window takes nothing, or one argument naming
 * a file; any other word is not taken for a file name ("set" in {@code set a b c} once opened a window on "set", before
 * set was a command) but
 * refused in one sentence naming the commands.
 */
class WindowOrCommandTest {
    private static final String COMMANDS = "the commands are convert, validate, export, get, set, --help and --version, "
            + "and the window opens one .md, .markdown or .json file.";

    @TempDir
    Path dir;

    private final Commands commands = new Commands();

    @Test
    void nothingOrOneFileNameOpensTheWindow() {
        assertFalse(CommandLine.isCommand());
        assertFalse(CommandLine.isCommand("--verbose"));
        assertFalse(CommandLine.isCommand("--startup-training"), "the installer build's run of the window");
        assertFalse(CommandLine.isCommand("plan.md"));
        assertFalse(CommandLine.isCommand("Plan.MARKDOWN"));
        assertFalse(CommandLine.isCommand("../shared/Strategy 2026.json"), "a path, spaces and all");
        assertFalse(CommandLine.isCommand("--verbose", "plan.md"));
        assertFalse(CommandLine.isCommand("--debug", "plan.md"));
    }

    @Test
    void aFileThatIsThereOpensTheWindowWhateverItsName() throws Exception {
        Path noExtension = Files.writeString(dir.resolve("strategy"), "text");
        assertFalse(CommandLine.isCommand(noExtension.toString()), "the window then says which files it opens");
        assertFalse(CommandLine.isCommand(dir.toString()), "a folder: the window says it is one");
        Path namedLikeACommand = Files.writeString(dir.resolve("validate"), "text");
        assertFalse(CommandLine.isCommand(namedLikeACommand.toString()), "a path to a file named like a command");
        assertTrue(CommandLine.isCommand("validate"), "the command's own name is the command");
    }

    @Test
    void anUnknownWordIsRefusedInOneSentenceNamingTheCommands() {
        assertTrue(CommandLine.isCommand("publish", "a", "b", "c"));
        assertEquals(CommandLine.FAILED, commands.run("publish", "a", "b", "c"));
        assertEquals("Unknown command \"publish\": " + COMMANDS, commands.err().strip());
        assertEquals("", commands.out());
    }

    @Test
    void aWordThatNamesNoFileIsNotOpenedAsOne() {
        assertTrue(CommandLine.isCommand("plan"), "no format in its name, and no such file");
        assertEquals(CommandLine.FAILED, commands.run("plan"));
        assertEquals("Unknown command \"plan\": " + COMMANDS, commands.err().strip());
    }

    @Test
    void anUnknownOptionAndTwoFilesAreRefusedTheSameWay() {
        assertEquals(CommandLine.FAILED, commands.run("--frobnicate"));
        assertTrue(CommandLine.isCommand("a.md", "b.md"), "the window opens one file");
        assertEquals(CommandLine.FAILED, commands.run("a.md", "b.md"));
        assertEquals("Unknown option \"--frobnicate\": " + COMMANDS + System.lineSeparator()
                + "Only one file can be opened at a time: " + COMMANDS, commands.err().strip());
    }
}
