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
    }

    private static final MarkdownStrategyFormat MARKDOWN = new MarkdownStrategyFormat();

    private Comparison() {
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
