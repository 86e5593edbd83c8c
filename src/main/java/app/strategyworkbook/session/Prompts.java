package app.strategyworkbook.session;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The questions the session asks the user, and what it tells them. The window answers with its dialogs; a test
 * answers from a script, so every file command is tested without a window. Each call waits for the answer.
 */
public interface Prompts {
    /** The answers to "Save the changes to …?". */
    enum Unsaved { SAVE, DONT_SAVE, CANCEL }

    /** Asked before unsaved changes to the strategy named {@code name} could be lost. */
    Unsaved saveChanges(String name);

    /** The strategy file to open, chosen in {@code folder} (null: anywhere); empty when the user cancelled. */
    Optional<Path> fileToOpen(Path folder);

    /**
     * The file to save as, suggested as {@code name} in {@code folder}: with .md, .markdown or .json at its end (a
     * name typed without one is given .md, or .json when the user chose the JSON kind); empty when cancelled.
     */
    Optional<Path> fileToSaveAs(Path folder, String name);

    /** The answers when the file changed on disk since it was opened or saved here. */
    enum Conflict { OVERWRITE, SAVE_AS, CANCEL }

    Conflict changedOnDisk(String name);

    /** Whether to replace unsaved changes with the version on disk. */
    boolean reloadLosingChanges(String name);

    /**
     * Whether to restore the changes to {@code name} (a file's name, or "a new strategy") that a session left unsaved
     * when it ended without a clean quit; {@code lastEdit} is when they were last journalled.
     */
    boolean restore(String name, Instant lastEdit);

    /** Says in one sentence why something could not be done. */
    void error(String header, String sentence);
}
