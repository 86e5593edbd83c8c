package app.strategyworkbook.present.export;

import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.present.Slide;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Placeholder until the PowerPoint export lands. */
public final class PptxExport {
    private PptxExport() {
    }

    public static void write(app.strategyworkbook.present.Deck.Footing footing, List<Slide> slides, Path file) throws IOException,
            StrategyFormatException {
        throw new IOException("not yet");
    }
}
