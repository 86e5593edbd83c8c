package app.strategyworkbook.ui.chart;

import app.strategyworkbook.background.Background;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Saving a chart as a PNG picture, from its context menu. Only the snapshot is taken on the FX thread; turning it into
 * a picture and encoding the PNG, which take a noticeable moment for a chart at twice its size, happen on a thread of
 * their own, so the window does not wait for them.
 */
public final class PngExport {
    /** The background lane pictures are made and written on, in order, one at a time. */
    private static final class Writer {
        static final ExecutorService LANE = Background.lane("png-export");
    }

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
                write(chart, file).whenComplete((written, failure) -> {
                    if (failure != null) {
                        Platform.runLater(() -> new javafx.scene.control.Alert(
                                javafx.scene.control.Alert.AlertType.ERROR, reason(failure)).show());
                    }
                });
            }
        });
        ContextMenu menu = new ContextMenu(save);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    /** Why a write failed: the one sentence under the wrappers the future and the writer put round it. */
    private static String reason(Throwable failure) {
        Throwable why = failure;
        while ((why instanceof CompletionException || why instanceof UncheckedIOException) && why.getCause() != null) {
            why = why.getCause();
        }
        return why.getMessage();
    }

    /**
     * A JavaFX image as a picture that ImageIO and PDFBox can write, its pixels copied in one call straight into the
     * picture's own raster. Both hold each pixel as one int, alpha, red, green, blue, not premultiplied. Any thread
     * may call this once the image is drawn.
     */
    public static BufferedImage picture(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, width, height, WritablePixelFormat.getIntArgbInstance(), pixels, 0,
                width);
        return picture;
    }

    /** The node as it is drawn now, at twice its size so it stays sharp on a slide. Call on the FX thread. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(javafx.scene.transform.Transform.scale(2, 2));
        return node.snapshot(params, null);
    }

    /**
     * Takes the node's snapshot here, on the FX thread, and writes it to {@code file} as PNG on the export lane,
     * atomically and with the permissions any file the app writes for the user gets. The future completes with the
     * file once it is written, or fails with an error whose message is one sentence naming the file.
     */
    public static CompletableFuture<File> write(Node node, File file) {
        return write(node, file, Writer.LANE);
    }

    /** As {@link #write(Node, File)}, with the picture made from the snapshot and encoded by {@code writer}. */
    public static CompletableFuture<File> write(Node node, File file, Executor writer) {
        WritableImage snapshot = snapshot(node);
        return CompletableFuture.supplyAsync(() -> {
            BufferedImage picture = picture(snapshot);
            try {
                StrategyFiles.writeAtomically(file.toPath(), StrategyFiles.Kind.EXPORT, out -> writePng(picture, out));
            } catch (StrategyFormatException e) {
                throw new UncheckedIOException(new IOException(e.getMessage(), e));
            }
            return file;
        }, writer);
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
