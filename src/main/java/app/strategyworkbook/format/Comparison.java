package app.strategyworkbook.format;

import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
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

    /**
     * A line diff by Myers' algorithm (java-diff-utils, in its linear-space form): the lines both texts have, and
     * those only one has, in reading order. Its time grows with the length of the texts times the number of lines
     * that differ, so a part of thousands of lines with a few changes is quick, and one rewritten whole (5,000 lines
     * each) takes a fraction of a second; no table of every pair of lines is made.
     */
    static List<Line> lines(String mine, String theirs) {
        List<String> a = List.of(mine.split("\n", -1));
        List<String> b = List.of(theirs.split("\n", -1));
        Patch<String> patch = DiffUtils.diff(a, b, new MyersDiffWithLinearSpace<>());
        List<Line> lines = new ArrayList<>();
        // A run of changed lines shows as mine taken out, then theirs put in, as diffs read. The algorithm may give a
        // run as an insertion before a deletion at the same place, so theirs wait until the run ends.
        List<Line> theirsInRun = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            if (delta.getSource().getPosition() > next) {
                lines.addAll(theirsInRun);
                theirsInRun.clear();
            }
            for (; next < delta.getSource().getPosition(); next++) {
                lines.add(new Line(Side.BOTH, a.get(next)));
            }
            delta.getSource().getLines().forEach(line -> lines.add(new Line(Side.MINE, line)));
            delta.getTarget().getLines().forEach(line -> theirsInRun.add(new Line(Side.THEIRS, line)));
            next += delta.getSource().size();
        }
        lines.addAll(theirsInRun);
        for (; next < a.size(); next++) {
            lines.add(new Line(Side.BOTH, a.get(next)));
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
