package app.strategyworkbook.ui.present;

import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Slide;
import app.strategyworkbook.present.export.DeckExport;
import app.strategyworkbook.present.export.PptxExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the window's File menu exports: the deck as a vector PDF, a handout with speaker notes, pictures or a
 * PowerPoint. The files are made from the same layout the screen draws, without the toolkit, so this runs off the FX
 * thread on a copy of the slides taken when the user asked.
 */
public final class SlideExport {
    /** The kinds of export, by what the user chose. */
    public enum Kind { PDF, HANDOUT, PNG, PPTX }

    private SlideExport() {
    }

    /** Writes the slides as {@code kind} to {@code target} (a folder for pictures); returns what was written. */
    public static Path write(Kind kind, Deck.Footing footing, List<Slide> slides, Path target) throws IOException,
            StrategyFormatException {
        switch (kind) {
            case PDF -> DeckExport.writePdf(footing, slides, target);
            case HANDOUT -> DeckExport.writeHandout(footing, slides, target);
            case PNG -> DeckExport.writePngs(footing, slides, target);
            case PPTX -> PptxExport.write(footing, slides, target);
        }
        return target;
    }
}
