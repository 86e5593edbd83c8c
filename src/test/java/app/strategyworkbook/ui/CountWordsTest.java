package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.ui.present.SlideExport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the window says after exporting slides: a count that agrees with its noun. */
class CountWordsTest {
    @Test
    void exportedSlidesAreCountedInWordsThatAgree() {
        Path deck = Path.of("/tmp/deck.pdf");
        assertEquals("Exported 1 slide to " + deck.toAbsolutePath(),
                SlideCommands.exportedText(1, SlideExport.Kind.PDF, deck));
        assertEquals("Exported 15 slides to " + deck.toAbsolutePath(),
                SlideCommands.exportedText(15, SlideExport.Kind.PPTX, deck));
        assertEquals("Exported 15 slides as pictures in " + Path.of("/tmp").toAbsolutePath(),
                SlideCommands.exportedText(15, SlideExport.Kind.PNG, Path.of("/tmp")));
    }
}
