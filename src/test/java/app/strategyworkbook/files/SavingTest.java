package app.strategyworkbook.files;

import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.format.FileFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving replaces a file in one move and keeps the version it replaced beside it. */
class SavingTest {
    @TempDir
    Path dir;

    private final StrategyFiles files = new StrategyFiles();

    @Test
    void theVersionASaveReplacesIsKeptAsBak() throws Exception {
        Path file = dir.resolve("strategy.md");
        Files.copy(Path.of("samples/example-strategy.md"), file);
        String first = Files.readString(file);
        var doc = files.open(file).document();
        doc.getOverview().setMission("A new mission.");
        files.save(doc, file, false);
        assertTrue(Files.readString(file).contains("A new mission."));
        assertEquals(first, Files.readString(StrategyFiles.backupOf(file)), "the previous version, whole");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "the file and its backup, no temporary file");
        }
    }

    @Test
    void aStrategyLinkedIntoAFolderStaysALinkAndItsTargetIsSaved() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Path real = shared.resolve("strategy.md");
        Files.copy(Path.of("samples/example-strategy.md"), real);
        Path link = Files.createSymbolicLink(dir.resolve("strategy.md"), real);
        var opened = files.open(link);
        opened.document().getOverview().setMission("A new mission.");
        files.save(opened, link);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(real).contains("A new mission."), "the file it points to is saved");
        assertTrue(Files.exists(StrategyFiles.backupOf(real)), "the backup beside the file saved");
        assertFalse(Files.exists(StrategyFiles.backupOf(link)), "none beside the link");
    }

    @Test
    void aNewFileHasNoBackupAndAFailedSaveChangesNothing() throws Exception {
        Path file = dir.resolve("new.json");
        files.save(files.newDocument(), file, false);
        assertFalse(Files.exists(StrategyFiles.backupOf(file)));
        Path nowhere = dir.resolve("missing").resolve("x.md");
        var e = assertThrows(StrategyFormatException.class, () -> files.save(files.newDocument(), nowhere, false));
        assertEquals("Cannot save " + nowhere + ": its folder does not exist.", e.getMessage());
    }

    @Test
    void aSaveThatFailsMidwayLeavesTheOriginalByteForByte() throws Exception {
        Path file = dir.resolve("strategy.md");
        Files.copy(Path.of("samples/example-strategy.md"), file);
        byte[] original = Files.readAllBytes(file);
        var doc = files.open(file).document();
        doc.getOverview().setMission("A mission that never reaches the disk.");
        String text = files.text(doc, FileFormat.MARKDOWN, false);
        // The disk fills up after half the new text is written.
        StrategyFiles.WriteStep halfThenFull = (channel, bytes) -> {
            bytes.limit(bytes.limit() / 2);
            channel.write(bytes);
            throw new java.io.IOException("No space left on device");
        };
        var e = assertThrows(StrategyFormatException.class,
                () -> StrategyFiles.writeAtomically(file, text, halfThenFull));
        assertEquals("Cannot save " + file + ": the disk reported an error (No space left on device).",
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertArrayEquals(original, Files.readAllBytes(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(java.util.List.of(file), left.toList(), "no half-written temporary file and no backup");
        }
    }
}
