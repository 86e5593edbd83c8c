package app.strategyworkbook.format.markdown;

import app.strategyworkbook.template.Template;
import app.strategyworkbook.template.TemplateField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Markdown the template writer made for something new in a file (a pillar added, a section filled in), without the
 * template's placeholders: a colleague's file gains what the user wrote, not "[What this pillar means]". Each of the
 * catalogue's placeholders is taken out of the lines, and what is then left empty (a label with no value, an item
 * with nothing in it, a table with no rows, a heading with nothing under it) goes too.
 */
final class Sparse {
    /** The template's placeholders, as the writer puts them in (numbered ones at the first places). */
    private static final Set<String> PLACEHOLDERS = new HashSet<>();
    /** Labels the template writes before a value of its own (TAM, SAM, SOM): with no value, the line says nothing. */
    private static final Set<String> TEMPLATE_LINES = new HashSet<>();
    /** The template's fixed subheadings: with nothing under them they say nothing (a pillar's name heading does). */
    private static final Set<String> FIXED_HEADINGS = new HashSet<>();

    static {
        for (TemplateField field : Template.all()) {
            for (int i = 0; i < 40; i++) {
                String text = field.placeholder().at(i);
                if (text.startsWith("[") || text.equals("High/Med/Low")) {
                    PLACEHOLDERS.add(text);
                }
            }
        }
        for (var part : app.strategyworkbook.template.DocumentPart.values()) {
            for (var sub : Template.subheadings(part)) {
                FIXED_HEADINGS.add("### " + sub.heading());
            }
        }
        for (TemplateField size : List.of(Template.TAM, Template.SAM, Template.SOM)) {
            TEMPLATE_LINES.add("- " + size.label() + ":");
        }
    }

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]\\n]*\\]");
    private static final Pattern EMPTY_LABEL = Pattern.compile("^\\*\\*[^*]+:\\*\\*\\s*$");
    private static final Pattern EMPTY_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s*(?:\\*\\*\\*\\*)?:?\\s*$");
    private static final Pattern NAMED_ITEM_NO_TEXT = Pattern.compile("^(\\s*(?:[-*+]|\\d+[.)]) \\*\\*.+\\*\\*):\\s*$");
    /** A named item whose text after the name was only the template's word: a metric's bare "Target". */
    private static final Pattern NAMED_ITEM_NO_REST = Pattern.compile(
            "^(\\s*(?:[-*+]|\\d+[.)]) .*?\\S):\\s+(?:Target|-)$");
    /** A hire with a headcount and no reason: "1. Engineers: 3 -". */
    private static final Pattern HIRE_NO_REASON = Pattern.compile("^(\\s*\\d+[.)] .+?: .*?\\S) -$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])(?: |$)");
    private static final Pattern EMPTY_BY_LINE = Pattern.compile("^By\\s*, we will have achieved:$");
    private static final Pattern DELIMITER = Pattern.compile("^\\|?[ :|-]+\\|?$");

    private Sparse() {
    }

    /** {@code markdown} without the template's placeholders, and without what is left empty by their going. */
    static String prune(String markdown) {
        List<String> notes = new ArrayList<>();
        return SpeakerNotes.putBack(pruneAround(SpeakerNotes.setAside(markdown, notes)), notes);
    }

    /** {@link #prune} of text whose speaker notes are set aside: they are the user's words, not the template's. */
    private static String pruneAround(String markdown) {
        List<String> lines = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            String cleared = withoutPlaceholders(line);
            if (line.startsWith("|") && !DELIMITER.matcher(line).matches()) {
                cleared = tableRow(line);
                if (cleared == null) {
                    continue;
                }
            }
            if (EMPTY_LABEL.matcher(cleared).matches() && !EMPTY_LABEL.matcher(line).matches()
                    || EMPTY_ITEM.matcher(cleared).matches() || EMPTY_BY_LINE.matcher(cleared).matches()
                    || TEMPLATE_LINES.contains(cleared.strip()) || cleared.isBlank() && !line.isBlank()) {
                continue; // held only the template's words
            }
            cleared = cleared.stripTrailing();
            for (Pattern shorter : List.of(NAMED_ITEM_NO_TEXT, NAMED_ITEM_NO_REST, HIRE_NO_REASON)) {
                var named = shorter.matcher(cleared);
                if (named.matches()) {
                    cleared = named.group(1);
                }
            }
            lines.add(cleared);
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            boolean header = lines.get(i).startsWith("|") && DELIMITER.matcher(lines.get(i + 1)).matches();
            if (header && (i + 2 >= lines.size() || !lines.get(i + 2).startsWith("|"))) {
                lines.remove(i + 1);
                lines.remove(i);
                i--;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String next = nextNonBlank(lines, i + 1);
            if (EMPTY_LABEL.matcher(line).matches() && (next == null || !LIST_ITEM.matcher(next).find())) {
                continue; // a list's label with no list left under it
            }
            if (FIXED_HEADINGS.contains(line.strip()) && (next == null || next.startsWith("#"))) {
                continue;
            }
            kept.add(line);
        }
        StringBuilder out = new StringBuilder();
        boolean lastBlank = true;
        for (String line : kept) {
            boolean blank = line.isBlank();
            if (blank && lastBlank) {
                continue; // one blank line between blocks, as the writer puts them
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(blank ? "" : line);
            lastBlank = blank;
        }
        return out.toString().strip();
    }

    /** The line with each of the template's placeholders in it taken out. */
    private static String withoutPlaceholders(String line) {
        if (line.indexOf('[') < 0 && !line.contains("High/Med/Low")) {
            return line;
        }
        var m = BRACKETED.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, PLACEHOLDERS.contains(m.group()) ? "" : java.util.regex.Matcher.quoteReplacement(
                    m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A table row with its placeholder cells emptied, or null when nothing is left in it. */
    private static String tableRow(String line) {
        List<String> cells = TableField.cells(line);
        boolean any = false;
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            String text = PLACEHOLDERS.contains(cell) ? "" : Escapes.cell(cell);
            any |= !text.isEmpty();
            out.append(text.isEmpty() ? " " : " " + text + " ").append('|');
        }
        return any ? out.toString() : null;
    }

    private static String nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
