package app.strategyworkbook.present.export;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Drawing;
import app.strategyworkbook.present.Slide;
import app.strategyworkbook.present.SlideLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The deck written out: a vector PDF (a page per slide, bookmarked by section), a handout PDF (a slide and its notes
 * per page), a PNG per slide, or a PowerPoint. Each file is written as a save is, atomically, so a failed export
 * never leaves half a file. Nothing here needs a display: the command line exports on a server.
 */
public final class DeckExport {
    /** The pictures' scale: a 1600 x 900 slide becomes 1920 x 1080 pixels. */
    public static final double PICTURE_SCALE = 1.2;

    private DeckExport() {
    }

    /** The slides drawn, light, at 16:9 unless {@code wide} is false. */
    public static List<Drawing> drawings(Deck.Footing footing, List<Slide> slides, boolean wide) {
        List<Drawing> drawings = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            drawings.add(SlideLayout.draw(slides.get(i), footing.frame(i + 1, slides.size(), wide, false)));
        }
        return drawings;
    }

    /** A bookmark at each section's first slide, named by its title; null for a continuation. */
    static String bookmark(Slide slide) {
        return slide.title().endsWith(" (continued)") ? null : slide.title();
    }

    public static void writePdf(Deck.Footing footing, List<Slide> slides, Path file) throws IOException,
            StrategyFormatException {
        List<Drawing> drawings = drawings(footing, slides, true);
        PdfExport pdf = new PdfExport(footing.title(), "Company strategy");
        for (int i = 0; i < drawings.size(); i++) {
            pdf.page(drawings.get(i), bookmark(slides.get(i)));
        }
        StrategyFiles.writeAtomically(file, StrategyFiles.Kind.EXPORT, pdf::save);
    }

    /** An A4 handout: each slide with its speaker notes under it. */
    public static void writeHandout(Deck.Footing footing, List<Slide> slides, Path file) throws IOException,
            StrategyFormatException {
        List<Drawing> drawings = drawings(footing, slides, true);
        String title = footing.title();
        PdfExport pdf = new PdfExport(title + " (handout with speaker notes)", "Company strategy");
        for (int i = 0; i < drawings.size(); i++) {
            pdf.handoutPage(drawings.get(i), "Slide " + (i + 1) + ": " + slides.get(i).title(),
                    slides.get(i).notes(), title + "   ·   Slide " + (i + 1) + " of " + slides.size(),
                    bookmark(slides.get(i)));
        }
        StrategyFiles.writeAtomically(file, StrategyFiles.Kind.EXPORT, pdf::save);
    }

    /** Writes slide-01.png, slide-02.png, … into {@code folder}, each atomically; returns the files. */
    public static List<Path> writePngs(Deck.Footing footing, List<Slide> slides, Path folder) throws IOException,
            StrategyFormatException {
        return writePictures(drawings(footing, slides, true), folder, "slide-%02d.png");
    }

    /** Writes each drawing as a picture into {@code folder}, named by {@code pattern}; returns the files. */
    public static List<Path> writePictures(List<Drawing> drawings, Path folder, String pattern) throws IOException,
            StrategyFormatException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StrategyFormatException("Cannot write the pictures into " + folder + ": it is a file, not a "
                    + "folder.");
        }
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < drawings.size(); i++) {
            Path file = folder.resolve(String.format(pattern, i + 1));
            writePng(Pictures.draw(drawings.get(i), PICTURE_SCALE), file);
            files.add(file);
        }
        return files;
    }

    public static void writePng(BufferedImage picture, Path file) throws StrategyFormatException {
        StrategyFiles.writeAtomically(file, StrategyFiles.Kind.EXPORT, out -> {
            if (!javax.imageio.ImageIO.write(picture, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
