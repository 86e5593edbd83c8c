package app.strategyworkbook.ui.field;

import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;

/**
 * A one-line field takes pasted lines as words: each line break becomes a space. JavaFX's text field drops line breaks
 * silently, so "Grow revenue\nin Europe" pasted from an e-mail would read "Grow revenuein Europe".
 */
public final class LineBreaks {
    private LineBreaks() {
    }

    /** {@code field} turns each line break typed, pasted or set into it into one space. */
    public static <T extends TextInputControl> T asSpaces(T field) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            String added = change.getText();
            if (added.indexOf('\n') >= 0 || added.indexOf('\r') >= 0) {
                change.setText(spaced(added));
            }
            return change;
        }));
        return field;
    }

    /** {@code text} with each line break (CRLF, CR or LF) as one space. */
    static String spaced(String text) {
        return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }
}
