package app.strategyworkbook.ui.field;

/** A key and what it does, in the user's words, for the keyboard-shortcut list: defined where the key is handled. */
public record KeyHelp(String does, String keys) {
}
