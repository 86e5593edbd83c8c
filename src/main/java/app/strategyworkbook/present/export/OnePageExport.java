package app.strategyworkbook.present.export;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.present.Drawing;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The one-page summary written out: an A4 landscape PDF, or a PNG 2000 pixels wide; atomically, as a save is. */
public final class OnePageExport {
    /** The picture's scale: the 1600 x 1131 page becomes 2000 x 1414 pixels. */
    public static final double PICTURE_SCALE = 1.25;

    private OnePageExport() {
    }

    public static void writePdf(Drawing page, String title, Path file) throws IOException, StrategyFormatException {
        PdfExport pdf = new PdfExport(title + " (strategy on a page)", "Company strategy on a page");
        pdf.fitted(page, new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), null);
        StrategyFiles.writeAtomically(file, StrategyFiles.Kind.EXPORT, pdf::save);
    }

    public static void writePng(Drawing page, Path file) throws StrategyFormatException {
        DeckExport.writePng(Pictures.draw(page, PICTURE_SCALE), file);
    }
}
