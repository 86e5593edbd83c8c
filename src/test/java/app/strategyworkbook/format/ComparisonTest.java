package app.strategyworkbook.format;

import app.strategyworkbook.files.StrategyFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.model.Risk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Compare names the parts two versions differ in, and only those. */
class ComparisonTest {
    private final StrategyFiles files = new StrategyFiles();

    @Test
    void namesTheSectionsAndHeaderThatDiffer() throws Exception {
        var mine = files.open(Path.of("samples/example-strategy.md")).document();
        var theirs = files.open(Path.of("samples/example-strategy.md")).document();
        assertEquals(java.util.List.of(), Comparison.between(mine, theirs), "the same file: nothing differs");

        theirs.getHeader().setStatus("Final");
        Risk added = new Risk();
        added.setRisk("A colleague's new risk");
        theirs.getRisks().getRisks().add(added);
        var differences = Comparison.between(mine, theirs);
        assertEquals(java.util.List.of("Title and header", "Key Risks and Mitigation"),
                differences.stream().map(Comparison.Difference::part).toList());
        var risks = differences.get(1);
        assertTrue(risks.theirs().contains("A colleague's new risk") && !risks.mine().contains("colleague"));
    }

    @Test
    void linesAreMarkedWithTheSideThatHasThem() {
        var lines = Comparison.lines("a\nb\nc\nd", "a\nc\nx\nd");
        assertEquals(java.util.List.of(
                new Comparison.Line(Comparison.Side.BOTH, "a"),
                new Comparison.Line(Comparison.Side.MINE, "b"),
                new Comparison.Line(Comparison.Side.BOTH, "c"),
                new Comparison.Line(Comparison.Side.THEIRS, "x"),
                new Comparison.Line(Comparison.Side.BOTH, "d")), lines);
    }

    @Test
    void aChangedLineShowsAsMineTakenOutThenTheirsPutIn() {
        assertEquals(java.util.List.of(
                new Comparison.Line(Comparison.Side.BOTH, "a"),
                new Comparison.Line(Comparison.Side.MINE, "b"),
                new Comparison.Line(Comparison.Side.MINE, "c"),
                new Comparison.Line(Comparison.Side.THEIRS, "x"),
                new Comparison.Line(Comparison.Side.THEIRS, "y"),
                new Comparison.Line(Comparison.Side.BOTH, "d")), Comparison.lines("a\nb\nc\nd", "a\nx\ny\nd"));
    }

    /**
     * On random small texts: the lines marked mine or both are mine, those marked theirs or both are theirs, and as
     * many are marked both as the two can share in order (the longest common run, counted the slow sure way).
     */
    @Test
    void theLinesAreMineAndTheirsWithAsManySharedAsCanBe() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            List<String> mine = randomLines(random);
            List<String> theirs = randomLines(random);
            var lines = Comparison.lines(String.join("\n", mine), String.join("\n", theirs));
            String seen = "seed " + seed + ", mine " + mine + ", theirs " + theirs + ": " + lines;
            assertEquals(mine, lines.stream().filter(l -> l.side() != Comparison.Side.THEIRS)
                    .map(Comparison.Line::text).toList(), seen);
            assertEquals(theirs, lines.stream().filter(l -> l.side() != Comparison.Side.MINE)
                    .map(Comparison.Line::text).toList(), seen);
            assertEquals(longestCommonRun(mine, theirs),
                    lines.stream().filter(l -> l.side() == Comparison.Side.BOTH).count(), seen);
        }
    }

    private static List<String> randomLines(Random random) {
        List<String> lines = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            lines.add(List.of("", "a", "b", "c", "- item").get(random.nextInt(5)));
        }
        return lines;
    }

    private static long longestCommonRun(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common[0][0];
    }

    @Test
    void twoLongTextsWithAFewChangesAreComparedQuicklyAndFindExactlyThoseChanges() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            mine.add("| Risk " + i + " | Medium | High | Mitigation " + i + " |");
        }
        List<String> theirs = new ArrayList<>(mine);
        theirs.set(3_000, "| Risk 3000 | Low | High | Mitigation 3000 |");
        theirs.remove(12_000);
        theirs.add(17_000, "| A colleague's new risk | High | Critical | Hedge |");

        long start = System.nanoTime();
        var lines = Comparison.lines(String.join("\n", mine), String.join("\n", theirs));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 2_000, "20,000 lines compared in " + millis + " ms");
        var changed = lines.stream().filter(l -> l.side() != Comparison.Side.BOTH).toList();
        assertEquals(List.of(
                new Comparison.Line(Comparison.Side.MINE, mine.get(3_000)),
                new Comparison.Line(Comparison.Side.THEIRS, theirs.get(3_000)),
                new Comparison.Line(Comparison.Side.MINE, mine.get(12_000)),
                new Comparison.Line(Comparison.Side.THEIRS, "| A colleague's new risk | High | Critical | Hedge |")),
                changed);
        assertEquals(20_002, lines.size(), "every other line is shown once, as both versions'");
        assertEquals(new Comparison.Line(Comparison.Side.MINE, mine.get(3_000)), lines.get(3_000), "in its place");
    }

    @Test
    void aPartRewrittenWholeIsShownAsTheirsReplacingMine() {
        String mine = "head\n" + "mine\n".repeat(5000) + "tail";
        String theirs = "head\n" + "theirs\n".repeat(5000) + "tail";
        var lines = Comparison.lines(mine, theirs);
        assertEquals(10_002, lines.size());
        assertEquals(new Comparison.Line(Comparison.Side.BOTH, "head"), lines.get(0));
        assertEquals(new Comparison.Line(Comparison.Side.MINE, "mine"), lines.get(1));
        assertEquals(new Comparison.Line(Comparison.Side.THEIRS, "theirs"), lines.get(5001));
        assertEquals(new Comparison.Line(Comparison.Side.BOTH, "tail"), lines.get(10_001));
    }
}
