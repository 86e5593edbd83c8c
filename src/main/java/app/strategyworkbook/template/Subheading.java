package app.strategyworkbook.template;

import java.util.List;

/**
 * One of the template's fixed "###" headings inside a section ("Market Opportunity"), with the other ways people
 * word it ("Market", "Opportunity"), and words that name it when they stand in a heading of the file's own ("Who we
 * compete with"). Fields that stand under it name it, so the window groups them the same way.
 */
public record Subheading(DocumentPart part, String key, String heading, List<String> aliases, List<String> keywords) {
    public Subheading(DocumentPart part, String key, String heading, List<String> aliases) {
        this(part, key, heading, aliases, List.of());
    }
}
