package app.strategyworkbook.ui.field;

import javafx.css.PseudoClass;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.TextFlow;

/**
 * A text field that reads as text: while it is not being edited its Markdown is drawn formatted over it (bold, italics,
 * code, links as words, bullets); a click or Tab into it shows the source to edit, as typed. The field itself stays
 * underneath with its id, binding and keyboard, so nothing about editing, undo or the checks' marks changes; the
 * drawing takes no clicks.
 */
public final class FormattedField {
    private static final PseudoClass FORMATTED = PseudoClass.getPseudoClass("formatted");

    private FormattedField() {
    }

    /** {@code input} with its formatted drawing over it, as one node to lay out. */
    public static StackPane of(TextInputControl input) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("formatted-text");
        flow.setMouseTransparent(true);
        flow.setFocusTraversable(false);
        flow.setId(input.getId() == null ? null : input.getId() + "-formatted");
        StackPane box = new StackPane(input, flow);
        box.getStyleClass().add("formatted-field");
        StackPane.setAlignment(flow, javafx.geometry.Pos.TOP_LEFT);
        // The drawing stays inside the field's border, however much text there is.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        flow.setClip(clip);
        flow.maxWidthProperty().bind(box.widthProperty());
        // The drawing never widens the form: it wraps to the field's width, or is cut inside its border.
        // A one-line field's drawing stays on one line, cut at the border as the field's own text is; a box wraps.
        flow.setMinWidth(input instanceof javafx.scene.control.TextField ? javafx.scene.layout.Region.USE_PREF_SIZE : 0);
        box.setMinWidth(0);
        Runnable update = () -> {
            String text = input.getText() == null ? "" : input.getText();
            boolean formatted = !input.isFocused() && !text.isEmpty() && FormattedText.hasMarkup(text);
            if (formatted) {
                FormattedText.show(flow, text);
            }
            flow.setVisible(formatted);
            input.pseudoClassStateChanged(FORMATTED, formatted);
        };
        input.focusedProperty().addListener((obs, was, is) -> update.run());
        input.textProperty().addListener((obs, was, is) -> {
            if (!input.isFocused()) {
                update.run();
            }
        });
        update.run();
        return box;
    }

    /** Whether {@code input} shows its text formatted now, not its source: for tests. */
    public static boolean isFormatted(TextInputControl input) {
        return input.getPseudoClassStates().contains(FORMATTED);
    }
}
