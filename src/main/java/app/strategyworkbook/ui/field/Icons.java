package app.strategyworkbook.ui.field;

import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app's icons, one pack (Feather), drawn as a font so that they take the theme's text colour and grow with the
 * text size; and the small icon buttons made of them, each with an id, a tooltip naming its key, and an accessible
 * text, since an icon alone says nothing to a screen reader.
 */
public final class Icons {
    private Icons() {
    }

    /** The style class the window's root takes for a text size: the stylesheet sizes the icons under it. */
    public static String sizeClass(double points) {
        return "text-size-" + Math.max(10, Math.min(24, (int) Math.round(points)));
    }

    /** The icon {@code ikon}, coloured by the stylesheet (class "icon"), as large as the text around it. */
    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /**
     * A small flat button showing only {@code ikon}: {@code what} is its tooltip (with {@code keys} where a key does
     * the same) and its accessible text.
     */
    public static Button button(String id, Ikon ikon, String what, String keys, Runnable action) {
        Button button = new Button(null, of(ikon));
        button.setId(id);
        button.getStyleClass().addAll("icon-button", "flat");
        button.setAccessibleText(what);
        String tip = keys == null ? what : what + " (" + keys + ")";
        HoverTip.install(button, () -> tip);
        button.setOnAction(e -> action.run());
        return button;
    }
}
