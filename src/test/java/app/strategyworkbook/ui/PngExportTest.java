package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.strategyworkbook.ui.chart.PngExport;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A JavaFX image becomes a picture with every pixel in its place, in its colour and transparency; and only the
 * snapshot is taken on the FX thread.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PngExportTest {
    /** Opaque red, green, blue; white, black; half-transparent orange, fully transparent; across three rows. */
    private static final int[][] PIXELS = {
            {0xFFFF0000, 0xFF00FF00, 0xFF0000FF},
            {0xFFFFFFFF, 0xFF000000, 0x80FF8000},
            {0x00000000, 0xFF123456, 0xFFFEDCBA}};

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aPictureHasEachPixelOfTheImageInItsPlace() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            WritableImage drawn = new WritableImage(3, 3);
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) {
                    drawn.getPixelWriter().setArgb(x, y, PIXELS[y][x]);
                }
            }
            return drawn;
        }).get(30, TimeUnit.SECONDS);

        BufferedImage picture = PngExport.picture(image);

        assertEquals(3, picture.getWidth());
        assertEquals(3, picture.getHeight());
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 3; x++) {
                // The image itself stores half-transparent colours premultiplied, so those come back as it reports
                // them; opaque and fully transparent ones exactly as drawn.
                int expected = (PIXELS[y][x] >>> 24) % 255 == 0 ? PIXELS[y][x] : image.getPixelReader().getArgb(x, y);
                assertEquals(Integer.toHexString(expected), Integer.toHexString(picture.getRGB(x, y)),
                        "pixel (" + x + ", " + y + ")");
            }
        }
        assertEquals(0x80, picture.getRGB(2, 1) >>> 24, "half-transparent stays half-transparent");
    }

    @Test
    void onlyTheSnapshotIsTakenOnTheFxThreadThePictureAndItsFileAreMadeByTheWriter(@TempDir Path dir)
            throws Exception {
        File file = dir.resolve("square.png").toFile();
        List<Runnable> handedOver = new ArrayList<>();
        CompletableFuture<File> written = WaitForAsyncUtils.asyncFx(() -> {
            Rectangle square = new Rectangle(10, 10, Color.web("#0072B2"));
            return PngExport.write(square, file, handedOver::add);
        }).get(30, TimeUnit.SECONDS);

        assertFalse(file.exists(), "nothing is written on the FX thread");
        assertEquals(1, handedOver.size(), "the picture and its file are left to the writer");
        handedOver.get(0).run(); // here, on the test's thread
        assertEquals(file, written.get(5, TimeUnit.SECONDS));
        BufferedImage png = ImageIO.read(file);
        assertEquals(20, png.getWidth(), "at twice its size");
        assertEquals(0xFF0072B2, png.getRGB(10, 10));
    }
}
