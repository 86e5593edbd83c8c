package app.strategyworkbook.format;

import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Where two versions of a strategy differ, part by part (the header, each section, the footer), as each would be
 * written in Markdown: what the window's Compare shows when the file changed on disk.
 */
public final class Comparison {
    /** One part that differs: its name, and its Markdown in each version. */
    public record Difference(String part, String mine, String theirs) {
        /** The part line by line: the lines both have, and those only one has, in reading order. */
        public List<Line> lines() {
            return Comparison.lines(mine, theirs);
        }
    }

    /** Where a line of a compared part stands. */
    public enum Side { BOTH, MINE, THEIRS }

    public record Line(Side side, String text) {
    }

    private static final MarkdownStrategyFormat MARKDOWN = new MarkdownStrategyFormat();

    private Comparison() {
    }

    /** The most cells the line table may have (both parts' changed middles multiplied): 16 MB of ints. */
    private static final long MOST_CELLS = 4_000_000;

    /**
     * A line diff: the lines both texts share at the start and the end, and in between the longest run of lines
     * both share, with the rest marked as one side's. A part of thousands of changed lines (a risk table rewritten
     * by another program) is shown as theirs replacing mine rather than matched line by line.
     */
    static List<Line> lines(String mine, String theirs) {
        String[] a = mine.split("\n", -1);
        String[] b = theirs.split("\n", -1);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            lines.add(new Line(Side.BOTH, a[i]));
        }
        String[] midA = java.util.Arrays.copyOfRange(a, head, a.length - tail);
        String[] midB = java.util.Arrays.copyOfRange(b, head, b.length - tail);
        if ((long) midA.length * midB.length <= MOST_CELLS) {
            lines.addAll(common(midA, midB));
        } else {
            for (String line : midA) {
                lines.add(new Line(Side.MINE, line));
            }
            for (String line : midB) {
                lines.add(new Line(Side.THEIRS, line));
            }
        }
        for (int i = a.length - tail; i < a.length; i++) {
            lines.add(new Line(Side.BOTH, a[i]));
        }
        return lines;
    }

    /** The longest common run of lines, by the plain quadratic table. */
    private static List<Line> common(String[] a, String[] b) {
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(Side.BOTH, a[i++]));
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] > common[i + 1][j])) {
                // A changed line shows as mine taken out, then theirs put in, as diffs read.
                lines.add(new Line(Side.THEIRS, b[j++]));
            } else {
                lines.add(new Line(Side.MINE, a[i++]));
            }
        }
        return lines;
    }

    public static List<Difference> between(StrategyDocument mine, StrategyDocument theirs) {
        List<MarkdownStrategyFormat.NamedPart> ours = MARKDOWN.parts(mine);
        List<MarkdownStrategyFormat.NamedPart> others = MARKDOWN.parts(theirs);
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            String a = ours.get(i).markdown();
            String b = others.get(i).markdown();
            if (!a.equals(b)) {
                differences.add(new Difference(ours.get(i).name(), a, b));
            }
        }
        return differences;
    }
}
