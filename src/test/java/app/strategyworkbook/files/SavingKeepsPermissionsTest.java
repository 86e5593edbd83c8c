package app.strategyworkbook.files;

import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.format.FileFormat;
import static app.strategyworkbook.files.FileModes.mode;
import static app.strategyworkbook.files.FileModes.newFileMode;
import static app.strategyworkbook.files.FileModes.setMode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save keeps who may read the file: colleagues on a shared folder keep their access after Ctrl+S. A file saved over
 * keeps its mode and group, and so does the .bak of it; a new file gets what any editor would give it under the
 * user's umask, never the owner-only mode of a Java temporary file.
 */
class SavingKeepsPermissionsTest {
    @TempDir
    Path dir;

    private final StrategyFiles files = new StrategyFiles();

    @BeforeEach
    void onlyWithPermissions() throws IOException {
        FileModes.assumePosix(dir);
    }

    private Path example(String name, String mode) throws Exception {
        Path file = dir.resolve(name);
        Files.copy(Path.of("samples/example-strategy.md"), file);
        setMode(file, mode);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-rw-r--", "rw-r-----", "rw-------", "rw-rw-rw-"})
    void aFileSavedOverKeepsItsModeAndItsBakGetsTheSame(String shared) throws Exception {
        Path file = example("strategy.md", shared);
        // A .bak left by an earlier save with other permissions takes the file's too.
        Files.writeString(StrategyFiles.backupOf(file), "an older version");
        setMode(StrategyFiles.backupOf(file), "rw-------".equals(shared) ? "rw-r--r--" : "rw-------");
        var doc = files.open(file).document();
        doc.getOverview().setMission("A new mission.");
        files.save(doc, file, false);
        assertTrue(Files.readString(file).contains("A new mission."));
        assertEquals(shared, mode(file), "the saved file");
        assertEquals(shared, mode(StrategyFiles.backupOf(file)), "the version it replaced, kept as .bak");
        assertEquals(List.of(file, StrategyFiles.backupOf(file)), listing(), "no temporary file left");
    }

    @Test
    void aFileSavedOverKeepsItsGroupWhereTheUserMayGiveIt() throws Exception {
        Path file = example("strategy.md", "rw-rw----");
        var team = FileModes.giveAnotherGroup(file);
        Assumptions.assumeTrue(team.isPresent(), "this user may give no other group to a file");
        files.save(files.open(file).document(), file, false);
        assertEquals(team.get(), FileModes.group(file));
        assertEquals(team.get(), FileModes.group(StrategyFiles.backupOf(file)));
        assertEquals("rw-rw----", mode(file), "a group change that clears no mode bit");
    }

    @Test
    void aNewFileGetsWhatTheUmaskGivesAnyNewFile() throws Exception {
        String editorsMode = newFileMode(dir);
        Path md = dir.resolve("new.md");
        Path json = dir.resolve("new.json");
        files.save(files.newDocument(), md, false);
        files.save(files.newDocument(), json, false);
        assertEquals(editorsMode, mode(md));
        assertEquals(editorsMode, mode(json));
        assertEquals(List.of(json, md), listing(), "a new file has no .bak and leaves no temporary file");
    }

    @Test
    void theWindowsWayOfSavingMadeTextKeepsPermissionsToo() throws Exception {
        Path file = example("strategy.md", "rw-rw-r--");
        String text = files.text(files.open(file).document(), FileFormat.MARKDOWN, false);
        StrategyFiles.writeAtomically(file, StrategyFiles.Kind.STRATEGY, text);
        assertEquals("rw-rw-r--", mode(file));
        assertEquals("rw-rw-r--", mode(StrategyFiles.backupOf(file)));
    }

    @Test
    void thePrivateJournalIsNewlyReadableByItsOwnerOnlyAndKeepsAModeGivenIt() throws Exception {
        Path journal = dir.resolve("document.json");
        StrategyFiles.writeAtomically(journal, StrategyFiles.Kind.PRIVATE, "{}");
        assertEquals("rw-------", mode(journal), "unsaved work is nobody else's to read");
        setMode(journal, "rw-r-----");
        StrategyFiles.writeAtomically(journal, StrategyFiles.Kind.PRIVATE, "{ }");
        assertEquals("rw-r-----", mode(journal));
    }

    @Test
    void anExportKeepsThePermissionsOfTheFileItReplacesAndKeepsNoBak() throws Exception {
        Path pdf = dir.resolve("slides.pdf");
        Files.writeString(pdf, "the previous export");
        setMode(pdf, "rw-rw-r--");
        StrategyFiles.writeAtomically(pdf, StrategyFiles.Kind.EXPORT, out -> out.write("%PDF".getBytes()));
        assertEquals("%PDF", Files.readString(pdf));
        assertEquals("rw-rw-r--", mode(pdf));
        Path png = dir.resolve("new.png");
        StrategyFiles.writeAtomically(png, StrategyFiles.Kind.EXPORT, out -> out.write(new byte[] {1, 2, 3}));
        assertEquals(newFileMode(dir), mode(png));
        assertEquals(List.of(png, pdf), listing(), "no .bak of an export, no temporary file");
    }

    @Test
    void anExportThatFailsMidwayLeavesThePreviousFileWholeAndItsModeAsItWas() throws Exception {
        Path png = dir.resolve("slide-01.png");
        byte[] previous = {9, 8, 7, 6};
        Files.write(png, previous);
        setMode(png, "rw-r-----");
        var e = assertThrows(StrategyFormatException.class,
                () -> StrategyFiles.writeAtomically(png, StrategyFiles.Kind.EXPORT, out -> {
                    out.write(new byte[70_000]); // more than a buffer's worth reaches the disk
                    throw new IOException("No space left on device");
                }));
        assertEquals("Cannot save " + png + ": the disk reported an error (No space left on device).", e.getMessage());
        assertArrayEquals(previous, Files.readAllBytes(png));
        assertEquals("rw-r-----", mode(png));
        assertEquals(List.of(png), listing(), "no half picture left beside it");
    }

    /** On a file system with no POSIX permissions (here a zip file's) saving goes on as it always did. */
    @Test
    void aFileSystemWithoutPermissionsSavesAsBefore() throws Exception {
        URI zip = URI.create("jar:" + dir.resolve("folder.zip").toUri());
        try (var noPermissions = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            Assumptions.assumeFalse(Files.getFileStore(noPermissions.getPath("/"))
                    .supportsFileAttributeView("posix"), "this zip file system keeps permissions");
            Path file = noPermissions.getPath("/strategy.md");
            Files.copy(Path.of("samples/example-strategy.md"), file);
            var doc = files.open(file).document();
            doc.getOverview().setMission("Saved where there are no permissions.");
            files.save(doc, file, false);
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Saved where there are no permissions."));
            assertTrue(Files.exists(StrategyFiles.backupOf(file)));
            StrategyFiles.writeAtomically(noPermissions.getPath("/private.json"), StrategyFiles.Kind.PRIVATE, "{}");
            assertEquals("{}", Files.readString(noPermissions.getPath("/private.json")));
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
