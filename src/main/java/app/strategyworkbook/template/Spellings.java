package app.strategyworkbook.template;

import java.util.Locale;

/** How a label or heading a file spelled its own way is matched with the template's. */
public final class Spellings {
    private Spellings() {
    }

    /**
     * A heading or label reduced to its words, for matching: lower case, without parentheses and what they hold,
     * "&" read as "and", everything but letters, digits, "/" and "%" a single space. Written as one loop, not regular
     * expressions, because it runs for every heading, label and list item a file has.
     */
    public static String normalize(String text) {
        String lower = withoutAccents(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            int close = c == '(' ? lower.indexOf(')', i) : -1;
            if (close >= 0) {
                i = close + 1; // "(Next 12 Months)" is a gloss, not the name
                gap = true;
            } else if (c == '&') {
                word(out, "and");
                gap = true;
            } else if (isWordChar(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * The text without the accents on its letters ("Misión" as "Mision"), so that a heading typed with or without them
     * matches; only text that has a combining mark is decomposed, which most headings do not.
     */
    private static String withoutAccents(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            plain = text.charAt(i) < 0xC0;
        }
        if (plain) {
            return text;
        }
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A letter or number of any script (as the regular expressions' L and N classes), "/" or "%". */
    private static boolean isWordChar(int c) {
        if (Character.isLetter(c) || c == '/' || c == '%') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static void word(StringBuilder out, String word) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
    }
}
