package app.strategyworkbook.ui;

import app.strategyworkbook.session.Appearance;
import app.strategyworkbook.ui.field.Icons;
import javafx.scene.layout.Region;

/** The size the window's text is drawn at, 10 to 24 px: chosen with Ctrl+= and Ctrl+-, and kept across restarts. */
final class TextSize {
    private final Appearance appearance;
    private double size;
    private Region window;

    TextSize(Appearance appearance) {
        this.appearance = appearance;
        this.size = within(appearance.textSize());
    }

    private static double within(double size) {
        return Math.max(10, Math.min(24, size));
    }

    /** Draws {@code root}, the window's content, at the size chosen. */
    void apply(Region root) {
        window = root;
        show();
    }

    /** Makes the text larger (+1) or smaller (-1), and remembers it. */
    void change(int by) {
        size = within(size + by);
        appearance.textSize(size);
        show();
    }

    private void show() {
        window.setStyle("-fx-font-size: " + size + "px;");
        // Icons are sized by the stylesheet under a class per text size: an icon's "em" is its own icon size.
        window.getStyleClass().removeIf(c -> c.startsWith("text-size-"));
        window.getStyleClass().add(Icons.sizeClass(size));
    }
}
