package app.strategyworkbook.ui.field;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first comes to a control, with its words read at that moment. Table cells, matrix
 * chips and findings are made by the hundred for a large strategy; a tooltip each, made up front, would cost a
 * noticeable part of every frame that shows them, for words few of them are ever hovered for.
 */
public final class HoverTip {
    private HoverTip() {
    }

    /** Gives {@code control} a tooltip of {@code words} on hover; none while {@code words} gives null. */
    public static void install(Control control, Supplier<String> words) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String text = words.get();
            if (text == null) {
                control.setTooltip(null);
            } else if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(text));
            } else {
                control.getTooltip().setText(text);
            }
        });
    }
}
