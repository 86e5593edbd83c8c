package app.strategyworkbook.format.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * A paragraph read as labelled lines, the template's "**Who:** text" form: a bold label the section knows at the
 * start of one of the paragraph's lines, or after " | " on the same line ("**Status:** Living | **Update Frequency:**
 * Quarterly"). A line without a known label continues the value above it.
 */
final class LabelParagraph {

    /**
     * One labelled value, or (label null) lines with no label. {@code raw} is the source, kept if nothing takes it; it
     * stands on lines {@code fromLine} to {@code toLine}. The value's own text runs from {@code valueLine},
     * {@code valueColumn} (right after the label, where there is one) to {@code endLine}, {@code endColumn}.
     */
    record Entry(String label, String value, String raw, int fromLine, int toLine, int valueLine, int valueColumn,
                 int endLine, int endColumn) {
    }

    /** Where an entry being gathered stands, line and column, as it grows line by line. */
    private static final class Extent {
        int fromLine;
        int valueLine;
        int valueColumn;
        int endLine;
        int endColumn;

        Extent(int line, int valueColumn, int endColumn) {
            this.fromLine = line;
            this.valueLine = line;
            this.valueColumn = valueColumn;
            this.endLine = line;
            this.endColumn = endColumn;
        }
    }

    private record LabelAt(int line, int startColumn, int valueColumn, String label, boolean plain) {
        LabelAt(int line, int startColumn, int valueColumn, String label) {
            this(line, startColumn, valueColumn, label, false);
        }
    }

    private LabelParagraph() {
    }

    static List<Entry> parse(Paragraph paragraph, MarkdownSource src, Predicate<String> knownLabel) {
        return parse(paragraph, src, knownLabel, label -> false, false);
    }

    /**
     * The paragraph's entries: a label the section knows starts one, bold, or plain ("Owner: …") where
     * {@code plainLabel} takes it (the header's and footer's lines, a risk's lines). With {@code ownLabels} (the
     * header's and footer's lines), a line after a label that starts with a label the section does not know
     * ("**Approved by:**", or "Sponsor: …" in a paragraph of plain labels) starts an entry of its own, which the
     * section keeps as written, rather than run on in the value above it (hard line breaks or not).
     */
    static List<Entry> parse(Paragraph paragraph, MarkdownSource src, Predicate<String> knownLabel,
                             Predicate<String> plainLabel, boolean ownLabels) {
        List<SourceSpan> lineSpans = paragraph.getSourceSpans();
        List<LabelAt> labels = findLabels(paragraph, lineSpans, src, knownLabel, plainLabel, ownLabels);
        List<Entry> entries = new ArrayList<>();
        StringBuilder value = null;
        StringBuilder raw = null;
        Extent extent = null;
        String label = null;
        boolean plainValue = false;
        int next = 0;
        for (SourceSpan lineSpan : lineSpans) {
            int line = lineSpan.getLineIndex();
            List<LabelAt> onLine = new ArrayList<>();
            while (next < labels.size() && labels.get(next).line() == line) {
                onLine.add(labels.get(next++));
            }
            if (onLine.isEmpty() || onLine.get(0).startColumn() != lineSpan.getColumnIndex()
                    + MarkdownSource.indent(src.text(lineSpan))) {
                String lineText = src.text(lineSpan);
                String text = MarkdownSource.stripSpaces(lineText);
                if (text.isBlank()) {
                    continue; // a line of only white space a paragraph can hold (a form feed) has no text to keep
                }
                if (plainValue && value != null) {
                    // A plain label's value is its line: "Exported from Google Docs" under "Review again: January
                    // 2027" is a line of its own, kept as written.
                    entries.add(entry(label, value, raw, extent));
                    value = null;
                    label = null;
                }
                plainValue = false;
                int contentEnd = lineSpan.getColumnIndex() + MarkdownSource.stripTrailing(lineText).length();
                if (value == null) {
                    value = new StringBuilder(text);
                    raw = new StringBuilder(text);
                    extent = new Extent(line, lineSpan.getColumnIndex() + MarkdownSource.indent(lineText), contentEnd);
                } else {
                    extent.endLine = line;
                    extent.endColumn = contentEnd;
                    value.append('\n').append(text);
                    // As it stood, indented or not: "\t### Notes" under a label is paragraph text, and kept without
                    // its tab it would be a heading on the next read.
                    raw.append('\n').append(MarkdownSource.stripTrailing(src.text(lineSpan)));
                }
                continue;
            }
            if (value != null) {
                entries.add(entry(label, value, raw, extent));
            }
            String lineText = src.textFrom(lineSpan, lineSpan.getColumnIndex());
            int base = lineSpan.getColumnIndex();
            for (int i = 0; i < onLine.size(); i++) {
                LabelAt at = onLine.get(i);
                boolean last = i == onLine.size() - 1;
                int end = last ? lineText.length() : onLine.get(i + 1).startColumn() - base;
                String segment = lineText.substring(at.valueColumn() - base, end);
                String segmentRaw = lineText.substring(at.startColumn() - base, end);
                if (!last) {
                    segment = stripSeparator(segment);
                    segmentRaw = stripSeparator(segmentRaw);
                }
                label = at.label();
                plainValue = at.plain();
                value = new StringBuilder(MarkdownSource.stripSpaces(segment));
                raw = new StringBuilder(MarkdownSource.stripSpaces(segmentRaw));
                extent = new Extent(line, at.valueColumn(), at.valueColumn()
                        + MarkdownSource.stripTrailing(segment).length());
                if (!last) {
                    entries.add(entry(label, value, raw, extent));
                    value = null;
                }
            }
        }
        if (value != null) {
            entries.add(entry(label, value, raw, extent));
        }
        return entries;
    }

    /** A label's value has its later lines unescaped; lines with no label are left to the caller as they stand. */
    private static Entry entry(String label, StringBuilder value, StringBuilder raw, Extent at) {
        // A line of nothing but a form feed is a line of the paragraph with no text: it ends no value.
        trimEmptyLastLines(value);
        trimEmptyLastLines(raw);
        String text = label == null ? value.toString() : Escapes.unescapeLines(value.toString(), 1);
        return new Entry(label, text, raw.toString(), at.fromLine, at.endLine, at.valueLine, at.valueColumn,
                at.endLine, at.endColumn);
    }

    private static void trimEmptyLastLines(StringBuilder text) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
            text.setLength(text.length() - 1);
        }
    }

    private static String stripSeparator(String segment) {
        String s = segment.stripTrailing();
        return s.endsWith("|") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * "**Label:**" or "**Label**:" (or with underscores) where a label stands: at a line's start or after a "|". A
     * colon written as text ("**Note\\:**", as the writer escapes one) ends no label.
     */
    private static final Pattern LABEL = Pattern.compile("(\\*\\*|__)([^*_\\n]*?[^*_\\n\\\\])(?:\\1:|:\\1)");
    /** A plain label at a line's start: a few words from a letter on, and a colon followed by a space or nothing. */
    static final Pattern PLAIN_LABEL = Pattern.compile(
            "([\\p{L}][\\p{L}\\p{M}\\p{N} '\u2019&/().-]{0,48}?)[ \\t]*:(?=[ \\t]|$)");
    /**
     * A line that is a bold label alone, without its colon ("**Key initiatives**"). A colon anywhere in it
     * ("**Build:-**") makes it text: read as a label, it would be written back with a colon of its own and read
     * differently again.
     */
    private static final Pattern BARE_LABEL = Pattern.compile("(\\*\\*|__)([^*_\\n:]*?[^*_\\n\\\\:])\\1[ \\t]*");

    /**
     * Finds the labels in the paragraph's own lines, as commonmark's block spans give them. Labels are matched on each
     * line's text rather than on inline nodes, because inline constructs cross lines: a stray backtick in one value and
     * another in the next would make a code span that swallows the label between them.
     */
    private static List<LabelAt> findLabels(Paragraph paragraph, List<SourceSpan> lineSpans, MarkdownSource src,
                                            Predicate<String> knownLabel, Predicate<String> plainLabel,
                                            boolean ownLabels) {
        List<LabelAt> found = new ArrayList<>();
        for (SourceSpan lineSpan : lineSpans) {
            String line = src.text(lineSpan);
            int base = lineSpan.getColumnIndex();
            // A paragraph's first line may be indented by a few spaces; its label is still at its start.
            int start = MarkdownSource.indent(line);
            Matcher m = LABEL.matcher(line).region(start, line.length());
            if (m.lookingAt()) {
                String label = m.group(2).strip();
                boolean known = knownLabel.test(label);
                if (!known && (found.isEmpty() || !ownLabels)) {
                    continue; // a paragraph that opens with a label of its own is text, as it always was
                }
                found.add(new LabelAt(lineSpan.getLineIndex(), base + start, base + m.end(), label));
                if (known) {
                    labelsAfterBars(line, m.end(), base, lineSpan.getLineIndex(), knownLabel, found);
                }
                continue;
            }
            Matcher bare = BARE_LABEL.matcher(line).region(start, line.length());
            if (lineSpans.size() == 1 && bare.matches() && knownLabel.test(bare.group(2).strip())) {
                // "**Key initiatives**" alone on its line, announcing the list under it.
                found.add(new LabelAt(lineSpan.getLineIndex(), base + start, base + line.length(),
                        bare.group(2).strip()));
                continue;
            }
            Matcher plain = PLAIN_LABEL.matcher(line).region(start, line.length());
            if (plain.lookingAt()) {
                String label = plain.group(1).strip();
                boolean known = plainLabel.test(label);
                boolean plainAround = ownLabels && !found.isEmpty() && found.get(0).plain();
                if (known || plainAround) {
                    found.add(new LabelAt(lineSpan.getLineIndex(), base + start, base + plain.end(), label,
                            known || found.get(0).plain()));
                }
            }
        }
        return found;
    }

    /** Labels after " | " on a label's line: "**Status:** Living | **Update Frequency:** Quarterly". */
    private static void labelsAfterBars(String line, int from, int base, int lineIndex, Predicate<String> knownLabel,
                                        List<LabelAt> found) {
        int bar;
        while ((bar = line.indexOf('|', from)) >= 0) {
            int at = bar + 1;
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
            Matcher next = LABEL.matcher(line).region(at, line.length());
            if (next.lookingAt() && knownLabel.test(next.group(2).strip())) {
                found.add(new LabelAt(lineIndex, base + at, base + next.end(), next.group(2).strip()));
                from = next.end();
            } else {
                from = at;
            }
        }
    }

    /**
     * The label at the start of the paragraph's first line, found as {@link #parse} finds labels, or null: what the
     * reader takes for a footer line must be what the footer's fields then read as one.
     */
    static String leadingLabel(Paragraph paragraph, MarkdownSource src) {
        return leadingLabel(paragraph, src, false);
    }

    /** The same, or with {@code plain} a plain label ("Next review:") too, as {@link #parse} reads one there. */
    static String leadingLabel(Paragraph paragraph, MarkdownSource src, boolean plain) {
        // Lines of only white space (a form feed) are passed over, as parse passes over them.
        for (SourceSpan span : paragraph.getSourceSpans()) {
            String line = src.text(span);
            if (!line.isBlank()) {
                Matcher m = LABEL.matcher(line).region(MarkdownSource.indent(line), line.length());
                if (m.lookingAt()) {
                    return m.group(2).strip();
                }
                Matcher p = PLAIN_LABEL.matcher(line).region(MarkdownSource.indent(line), line.length());
                return plain && p.lookingAt() ? p.group(1).strip() : null;
            }
        }
        return null;
    }
}
