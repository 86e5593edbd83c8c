package app.strategyworkbook.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a heading of a file's own names, by meaning rather than exact text: "## 🎯 Mission", "## 3. MISSION:", "## Our
 * Mission" and "## Misión" all name the mission; "## Capital Improvement Plan allocation, FY2027–FY2031" the
 * investment. Matching ignores case, accents, emoji, numbering ("1.", "2)", "A."), a trailing colon, "&" for "and",
 * a gloss in parentheses, and dates at the end; where that finds nothing, the words in parentheses and either side of a
 * " / " are tried ("Notre raison d'être (Mission)", "Riesgos / Risks"), and then words that name a section wherever
 * they stand in the heading ({@link Template#sectionWords}).
 */
public final class Headings {
    private Headings() {
    }

    /** A section of the template, and the subheading in it, where the heading names one. */
    public record Meaning(DocumentPart part, Subheading subheading) {
    }

    /** "1.", "2)", "A.", "IV.", "#1", or a bare "1 " before a heading's words. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:(?:\\d{1,3}(?:\\.\\d{1,3})*|[A-Za-z]|[IVXivx]{1,4})[.):]|\\d{1,3}|#\\d{1,3}[.:)]?)\\s+");
    /** A year, a year range or a fiscal year at the end of the words: "2026 2030", "in 2029", "fy2027 fy2031". */
    private static final Pattern DATES = Pattern.compile(
            "(?: (?:in|for|by|until|through|to|from|of))?(?: (?:fy ?)?\\d{2,4}(?:/\\d{2,4})?)+$");
    private static final Pattern GLOSS = Pattern.compile("\\(([^)]*)\\)");
    private static final List<String> DETERMINERS = List.of("our ", "the ", "nos ", "notre ", "nuestra ",
            "nuestro ", "nuestros ", "unsere ");

    /** The heading without the numbering before its words, as the file wrote it. */
    public static String withoutNumbering(String heading) {
        Matcher m = NUMBERING.matcher(heading);
        return m.lookingAt() && m.end() < heading.length() ? heading.substring(m.end()) : heading;
    }

    /**
     * The heading's words in the forms tried, most literal first: all of it (normalised, without numbering and dates
     * at the end), without a leading "our" or "the", then each side of a " / ", then each gloss in parentheses.
     */
    public static List<String> candidates(String heading) {
        List<String> out = new ArrayList<>();
        String text = withoutNumbering(heading.strip());
        add(out, text);
        int slash = text.indexOf('/');
        if (slash > 0) {
            for (String side : text.split("/")) {
                add(out, side);
            }
        }
        Matcher gloss = GLOSS.matcher(text);
        while (gloss.find()) {
            add(out, gloss.group(1));
        }
        return out;
    }

    private static void add(List<String> out, String text) {
        String words = Spellings.normalize(text);
        String undated = DATES.matcher(words).replaceFirst("").strip();
        for (String form : List.of(words, undated)) {
            if (!form.isEmpty() && !out.contains(form)) {
                out.add(form);
            }
            for (String determiner : DETERMINERS) {
                if (form.startsWith(determiner) && !out.contains(form.substring(determiner.length()))) {
                    out.add(form.substring(determiner.length()));
                }
            }
        }
    }

    /**
     * The section, or the section and subheading, a heading names: by a name of either, in any of the heading's
     * forms; else by a word that names one. Empty for a heading of the file's own ("Glossary", "Next steps").
     */
    public static Optional<Meaning> meaning(String heading) {
        List<String> forms = candidates(heading);
        for (String form : forms) {
            Optional<Meaning> named = named(form);
            if (named.isPresent()) {
                return named;
            }
        }
        return worded(forms);
    }

    /**
     * The section, or section and subheading, the heading names by one of their names alone, not by a word that stands
     * in it: for a line that may be a heading or may be text (a bold line), where a word is too little to go by.
     */
    public static Optional<Meaning> byName(String heading) {
        for (String form : candidates(heading)) {
            Optional<Meaning> named = named(form);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** The section or subheading {@code form} (normalised) is a name of. */
    private static Optional<Meaning> named(String form) {
        for (DocumentPart part : DocumentPart.values()) {
            for (String name : Template.sectionNames(part)) {
                if (Spellings.normalize(name).equals(form)) {
                    return Optional.of(new Meaning(part, null));
                }
            }
        }
        for (DocumentPart part : DocumentPart.values()) {
            for (Subheading sub : Template.subheadings(part)) {
                if (Spellings.normalize(sub.heading()).equals(form)
                        || sub.aliases().stream().anyMatch(a -> Spellings.normalize(a).equals(form))) {
                    return Optional.of(new Meaning(part, sub));
                }
            }
        }
        return Optional.empty();
    }

    /** The first section or subheading, the more particular first, with a word standing in one of the forms. */
    private static Optional<Meaning> worded(List<String> forms) {
        for (var entry : Template.sectionWords().entrySet()) {
            for (Subheading sub : Template.subheadings(entry.getKey())) {
                if (hasWord(forms, sub.keywords())) {
                    return Optional.of(new Meaning(entry.getKey(), sub));
                }
            }
            if (hasWord(forms, entry.getValue())) {
                return Optional.of(new Meaning(entry.getKey(), null));
            }
        }
        return Optional.empty();
    }

    private static boolean hasWord(List<String> forms, List<String> words) {
        for (String form : forms) {
            for (String word : form.split(" ")) {
                if (words.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
