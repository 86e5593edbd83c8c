package app.strategyworkbook.ui.chart;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Saving a chart as a PNG picture, from its context menu. */
public final class PngExport {
    private PngExport() {
    }

    /** Gives {@code chart} a context menu item "Save as PNG…" that asks where and writes the picture. */
    public static void offer(Node chart, String id, String suggestedName) {
        MenuItem save = new MenuItem("Save as PNG…");
        save.setId(id + "-savePng");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save Picture");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
            File file = chooser.showSaveDialog(chart.getScene().getWindow());
            if (file != null) {
                try {
                    write(chart, file);
                } catch (IOException ex) {
                    new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, ex.getMessage()).show();
                }
            }
        });
        ContextMenu menu = new ContextMenu(save);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    /** A JavaFX image as a picture that ImageIO and PDFBox can write. */
    public static BufferedImage picture(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return picture;
    }

    /**
     * Writes the node as it is drawn now, at twice its size so it stays sharp on a slide, atomically and with the
     * permissions any file the app writes for the user gets. A failure's message is one sentence naming the file.
     */
    public static void write(Node node, File file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(javafx.scene.transform.Transform.scale(2, 2));
        BufferedImage picture = picture(node.snapshot(params, null));
        try {
            StrategyFiles.writeAtomically(file.toPath(), StrategyFiles.Kind.EXPORT, out -> writePng(picture, out));
        } catch (StrategyFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Writes {@code picture} to {@code out} as PNG. The picture is encoded in memory: ImageIO would otherwise cache it
     * in a file of its own in the temporary folder, which a killed export would leave behind.
     */
    public static void writePng(BufferedImage picture, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer is available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(picture);
        } finally {
            writer.dispose();
        }
    }
}
