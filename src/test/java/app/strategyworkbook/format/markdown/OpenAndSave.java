package app.strategyworkbook.format.markdown;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import java.nio.charset.StandardCharsets;

/** A strategy's Markdown opened as the window opens a file, and saved back as Save does: spliced into its source. */
final class OpenAndSave {
    private static final StrategyFiles FILES = new StrategyFiles();

    private OpenAndSave() {
    }

    static StrategyFiles.Opened open(String text) throws Exception {
        return FILES.read(text.getBytes(StandardCharsets.UTF_8), FileFormat.MARKDOWN);
    }

    static String save(StrategyFiles.Opened opened) {
        return FILES.text(opened.document(), FileFormat.MARKDOWN, opened.crlf(), opened.origin());
    }
}
