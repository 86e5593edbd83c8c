package app.strategyworkbook.format;

import app.strategyworkbook.files.StrategyFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.model.Risk;
import java.nio.file.Path;
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
    void aHugeRewrittenPartIsShownAsTheirsReplacingMineWithoutATableOfEveryPair() {
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
