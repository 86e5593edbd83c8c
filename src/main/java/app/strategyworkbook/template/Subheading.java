package app.strategyworkbook.template;

import java.util.List;

/**
 * One of the template's fixed "###" headings inside a section ("Market Opportunity"), with the other ways people
 * word it ("Market", "Opportunity"). Fields that stand under it name it, so the window groups them the same way.
 */
public record Subheading(DocumentPart part, String key, String heading, List<String> aliases) {
}
