package app.strategyworkbook.format.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A paragraph read as labelled lines, the template's "**Who:** text" form. Labels are found in commonmark's inline
 * tree: a bold run ending in a colon (or followed by one) at the start of a line, or after " | " on the same line when
 * it is a label the section knows ("**Status:** Living | **Update Frequency:** Quarterly"). A line without a label
 * continues the value above it.
 */
final class LabelParagraph {

    /** One labelled value, or (label null) lines with no label. {@code raw} is the source, kept if nothing takes it. */
    record Entry(String label, String value, String raw) {
    }

    private record LabelAt(int line, int startColumn, int valueColumn, String label) {
    }

    private LabelParagraph() {
    }

    static List<Entry> parse(Paragraph paragraph, MarkdownSource src, Predicate<String> knownLabel) {
        List<SourceSpan> lineSpans = paragraph.getSourceSpans();
        List<LabelAt> labels = findLabels(paragraph, lineSpans, src, knownLabel);
        List<Entry> entries = new ArrayList<>();
        StringBuilder value = null;
        StringBuilder raw = null;
        String label = null;
        int next = 0;
        for (SourceSpan lineSpan : lineSpans) {
            int line = lineSpan.getLineIndex();
            List<LabelAt> onLine = new ArrayList<>();
            while (next < labels.size() && labels.get(next).line() == line) {
                onLine.add(labels.get(next++));
            }
            if (onLine.isEmpty() || onLine.get(0).startColumn() != lineSpan.getColumnIndex()) {
                String text = src.text(lineSpan).strip();
                if (value == null) {
                    value = new StringBuilder(text);
                    raw = new StringBuilder(text);
                } else {
                    value.append('\n').append(text);
                    raw.append('\n').append(text);
                }
                continue;
            }
            if (value != null) {
                entries.add(entry(label, value, raw));
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
                value = new StringBuilder(segment.strip());
                raw = new StringBuilder(segmentRaw.strip());
                if (!last) {
                    entries.add(entry(label, value, raw));
                    value = null;
                }
            }
        }
        if (value != null) {
            entries.add(entry(label, value, raw));
        }
        return entries;
    }

    private static Entry entry(String label, StringBuilder value, StringBuilder raw) {
        return new Entry(label, Escapes.unescapeLines(value.toString(), 1), raw.toString());
    }

    private static String stripSeparator(String segment) {
        String s = segment.stripTrailing();
        return s.endsWith("|") ? s.substring(0, s.length() - 1) : s;
    }

    private static List<LabelAt> findLabels(Paragraph paragraph, List<SourceSpan> lineSpans, MarkdownSource src,
                                            Predicate<String> knownLabel) {
        List<LabelAt> found = new ArrayList<>();
        int lastLabelLine = -1;
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof StrongEmphasis strong) || strong.getSourceSpans().size() != 1) {
                continue;
            }
            SourceSpan span = strong.getSourceSpans().get(0);
            String literal = literal(strong).strip();
            String label;
            int valueColumn = span.getColumnIndex() + span.getLength();
            if (literal.endsWith(":") && literal.length() > 1) {
                label = literal.substring(0, literal.length() - 1).strip();
            } else if (node.getNext() instanceof Text t && t.getLiteral().startsWith(":") && !literal.isEmpty()) {
                label = literal;
                valueColumn += 1;
            } else {
                continue;
            }
            SourceSpan lineSpan = lineSpanOf(lineSpans, span.getLineIndex());
            if (lineSpan == null) {
                continue;
            }
            boolean startsLine = span.getColumnIndex() == lineSpan.getColumnIndex();
            boolean afterBar = !startsLine && lastLabelLine == span.getLineIndex() && knownLabel.test(label)
                    && src.textFrom(lineSpan, lineSpan.getColumnIndex())
                    .substring(0, span.getColumnIndex() - lineSpan.getColumnIndex()).stripTrailing().endsWith("|");
            if (startsLine || afterBar) {
                found.add(new LabelAt(span.getLineIndex(), span.getColumnIndex(), valueColumn, label));
                lastLabelLine = span.getLineIndex();
            }
        }
        return found;
    }

    private static SourceSpan lineSpanOf(List<SourceSpan> spans, int line) {
        for (SourceSpan s : spans) {
            if (s.getLineIndex() == line) {
                return s;
            }
        }
        return null;
    }

    static String literal(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                out.append(t.getLiteral());
            } else if (child instanceof Code c) {
                out.append(c.getLiteral());
            } else {
                out.append(literal(child));
            }
        }
        return out.toString();
    }
}
