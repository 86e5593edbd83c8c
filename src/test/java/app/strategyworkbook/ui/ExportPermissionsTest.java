package app.strategyworkbook.ui;

import static app.strategyworkbook.files.FileModes.mode;
import static app.strategyworkbook.files.FileModes.newFileMode;
import static app.strategyworkbook.files.FileModes.setMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.FileModes;
import app.strategyworkbook.ui.chart.PngExport;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Slide;
import app.strategyworkbook.present.export.DeckExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exported slides and charts are files for the user like a saved strategy: a PDF or picture exported over an older one
 * keeps its permissions, a new one gets what the umask gives any new file, and each is written whole or not at all.
 */
class ExportPermissionsTest {
    @TempDir
    Path dir;

    private final List<Slide> slides = Deck.of(example()).subList(0, 2);
    private final Deck.Footing footing = Deck.footing(example());

    @BeforeEach
    void onlyWithPermissions() throws IOException {
        FileModes.assumePosix(dir);
    }

    private static app.strategyworkbook.model.StrategyDocument example() {
        try {
            return new app.strategyworkbook.files.StrategyFiles().open(Path.of("samples/example-strategy.md"))
                    .document();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPdfExportedOverAnotherKeepsItsPermissionsAndANewOneGetsTheUmasks() throws Exception {
        Path shared = dir.resolve("shared.pdf");
        Files.writeString(shared, "last week's slides");
        setMode(shared, "rw-rw-r--");
        DeckExport.writePdf(footing, slides, shared);
        assertTrue(Files.readString(shared, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals("rw-rw-r--", mode(shared));

        Path fresh = dir.resolve("fresh.pdf");
        DeckExport.writePdf(footing, slides, fresh);
        assertEquals(newFileMode(dir), mode(fresh));
        assertEquals(List.of(fresh, shared), listing(dir), "no .bak of an export and no temporary file");
    }

    @Test
    void slidePicturesKeepThePermissionsOfThoseTheyReplaceAndNewOnesGetTheUmasks() throws Exception {
        Path folder = dir.resolve("pictures");
        Files.createDirectories(folder);
        Path first = folder.resolve("slide-01.png");
        Files.writeString(first, "an older picture");
        setMode(first, "rw-r-----");
        List<Path> written = DeckExport.writePngs(footing, slides, folder);
        assertEquals(List.of(first, folder.resolve("slide-02.png")), written);
        assertEquals("rw-r-----", mode(first));
        assertEquals(newFileMode(folder), mode(written.get(1)));
        for (Path picture : written) {
            assertNotNull(ImageIO.read(picture.toFile()), picture + " is a whole PNG");
        }
        assertEquals(written, listing(folder), "each picture moved into place, no temporary file left");
    }

    @Test
    void aChartSavedAsAPictureKeepsThePermissionsOfTheOneItReplaces() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path png = dir.resolve("chart.png");
        Files.writeString(png, "an older chart");
        setMode(png, "rw-rw----");
        // The snapshot is taken on the FX thread; the picture is written on the export thread, when the future says.
        WaitForAsyncUtils.asyncFx(() -> PngExport.write(new Rectangle(20, 10), png.toFile()))
                .get(20, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        assertNotNull(ImageIO.read(png.toFile()));
        assertEquals("rw-rw----", mode(png));
        assertEquals(List.of(png), listing(dir));
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
