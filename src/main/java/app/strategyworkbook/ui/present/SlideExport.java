package app.strategyworkbook.ui.present;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Slide;
import app.strategyworkbook.ui.chart.PngExport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.transform.Transform;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The deck as pictures: a PNG per slide, or a PDF handout with a slide per page. Slides are drawn at 1920 pixels wide
 * (16:9) on the FX thread; the pictures are made from them, and the files written, on the thread that writes.
 */
public final class SlideExport {
    private SlideExport() {
    }

    /**
     * Draws the slides (light theme, 16:9) as pictures. Call on the FX thread, which only lays out the slides and
     * takes their snapshots: each snapshot is turned into a picture when the list is asked for it, so that work falls
     * to the thread that writes the files. Ask for each picture once; each asking converts it again.
     */
    public static List<BufferedImage> draw(StrategyDocument doc, List<Slide> slides) {
        List<WritableImage> snapshots = new ArrayList<>();
        boolean finalStatus = Deck.isFinal(doc);
        for (int i = 0; i < slides.size(); i++) {
            Region slide = SlideView.render(slides.get(i), doc, i + 1, slides.size(), true, false, finalStatus);
            new Scene(new Group(slide));
            slide.applyCss();
            slide.layout();
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(1.2, 1.2));
            snapshots.add(slide.snapshot(params, null));
        }
        return new AbstractList<>() {
            @Override
            public BufferedImage get(int index) {
                return PngExport.picture(snapshots.get(index));
            }

            @Override
            public int size() {
                return snapshots.size();
            }
        };
    }

    /**
     * Writes slide-01.png, slide-02.png, … into {@code folder}, each atomically, so a failed export never leaves half a
     * picture; returns the files.
     */
    public static List<Path> writePngs(List<BufferedImage> pictures, Path folder)
            throws IOException, StrategyFormatException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            Path file = folder.resolve(String.format("slide-%02d.png", i + 1));
            BufferedImage picture = pictures.get(i);
            StrategyFiles.writeAtomically(file, StrategyFiles.Kind.EXPORT, out -> PngExport.writePng(picture, out));
            files.add(file);
        }
        return files;
    }

    /** Writes a PDF with one slide per page, each page the slide's own proportions, atomically. */
    public static void writePdf(List<BufferedImage> pictures, Path file) throws IOException, StrategyFormatException {
        try (PDDocument pdf = new PDDocument()) {
            for (BufferedImage picture : pictures) {
                PDRectangle size = new PDRectangle(picture.getWidth() / 2f, picture.getHeight() / 2f);
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(pdf, picture);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            StrategyFiles.writeAtomically(file, StrategyFiles.Kind.EXPORT, pdf::save);
        }
    }
}
