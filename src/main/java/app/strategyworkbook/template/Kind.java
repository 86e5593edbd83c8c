package app.strategyworkbook.template;

/**
 * What a field of the template holds. The kind decides how the window edits it (a line, a box of text, a list, a
 * table), how wide its column is, and which values it can read; the text is always kept as typed.
 */
public enum Kind {
    /** A short line of text: a name, a status, an owner. */
    TEXT(2),
    /** Text over several lines: a mission, a description. */
    PARAGRAPH(4),
    /** A list of lines: trends, initiatives, pain points. */
    LINES(4),
    /** Rows of fields: values, competitors, allocations, risks. */
    TABLE(4),
    /** Several items, each with fields of its own: pillars, segments, guidance groups. */
    ITEMS(4),
    /** A level of a scale: Low, Medium, High. */
    LEVEL(1),
    /** A percentage: 45%, 12.5. */
    PERCENTAGE(1),
    /** A date: 2026-03-31, Q4 2026. */
    DATE(1),
    /** An amount of money: $50B, €610M. */
    MONEY(1),
    /** A count: 45 people. */
    COUNT(1);

    private final int width;

    Kind(int width) {
        this.width = width;
    }

    /** How wide a column of this kind is, relative to the others in its table. */
    public int width() {
        return width;
    }

    /** Whether a field of this kind holds one text (not a list or table). */
    public boolean isText() {
        return this != LINES && this != TABLE && this != ITEMS;
    }
}
