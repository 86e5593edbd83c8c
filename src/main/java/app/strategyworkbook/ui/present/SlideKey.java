package app.strategyworkbook.ui.present;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;

/**
 * What each key does while presenting, defined once: the presentation acts on these keys and the keyboard-shortcut
 * list shows them, so neither can miss one the other has.
 */
public enum SlideKey {
    NEXT("Next slide", KeyCode.RIGHT, KeyCode.SPACE, KeyCode.PAGE_DOWN, KeyCode.DOWN),
    PREVIOUS("Previous slide", KeyCode.LEFT, KeyCode.PAGE_UP, KeyCode.UP, KeyCode.BACK_SPACE),
    FIRST("First slide", KeyCode.HOME),
    LAST("Last slide", KeyCode.END),
    GO_TO("Go to a slide: its number, then Enter", KeyCode.ENTER),
    BLANK("Blank the screen, or show the slide again", KeyCode.B),
    THEME("Switch between light and dark slides", KeyCode.T),
    LEAVE("Back to the editor", KeyCode.ESCAPE);

    private final String does;
    private final List<KeyCode> keys;

    SlideKey(String does, KeyCode... keys) {
        this.does = does;
        this.keys = List.of(keys);
    }

    /** What the key does, in the user's words. */
    public String does() {
        return does;
    }

    /** The keys, as printed on a keyboard ("Right, Space, Page Down"); for Go to, the number comes first. */
    public String keysText() {
        String names = String.join(", ", keys.stream().map(KeyCode::getName).toList());
        return this == GO_TO ? "1-999, then " + names : names;
    }

    static Optional<SlideKey> of(KeyCode code) {
        for (SlideKey key : values()) {
            if (key.keys.contains(code)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
