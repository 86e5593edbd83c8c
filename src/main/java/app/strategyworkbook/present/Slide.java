package app.strategyworkbook.present;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One slide: the section it shows (its key, for choosing slides), a title, what is on it, and the presenter's speaker
 * notes for it (never drawn on the slide). Text is plain, read from the fields' Markdown; fields still empty never
 * appear, and neither does any finding of the checks: a slide shows the strategy, not what is wrong with it.
 */
public record Slide(String key, String title, List<Block> blocks, String notes) {

    public Slide(String key, String title, List<Block> blocks) {
        this(key, title, blocks, "");
    }

    public Slide withNotes(String notes) {
        return new Slide(key, title, blocks, notes);
    }

    /** Whether this is the deck's title slide. */
    public boolean isTitle() {
        return key.equals("title");
    }

    /** What a slide shows. */
    public sealed interface Block permits Statement, Bullets, Facts, Table, Metrics, Cards, Grid, Columns, Allocation,
            RiskMap, MarketSizes {
    }

    /** A sentence under a small label: a mission, a vision, a pillar's description. */
    public record Statement(String label, String text) implements Block {
    }

    /** Lines under an optional heading: initiatives, trends, pain points. */
    public record Bullets(String heading, List<String> lines) implements Block {
    }

    /** Label and value pairs, shown as tiles: the title slide's owner and status, TAM / SAM / SOM, team sizes. */
    public record Facts(List<Fact> facts) implements Block {
    }

    public record Fact(String label, String value) {
    }

    /** A table: competitors. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    /** A pillar's success metrics, each with a bar for its progress where target and current are numbers. */
    public record Metrics(List<Metric> metrics) implements Block {
    }

    /** A metric: what is measured, the target, the value now, and how far it has come (0 to 1) where known. */
    public record Metric(String name, String target, String current, OptionalDouble progress) {
    }

    /** Things of one kind side by side as cards: customer segments. */
    public record Cards(List<Card> cards) implements Block {
    }

    /** A card: a small label above its title, a sentence, a list and some facts. */
    public record Card(String kicker, String title, String text, Bullets bullets, List<Fact> facts) {
    }

    /** Short named items in a grid of tiles: values. */
    public record Grid(List<Fact> items) implements Block {
    }

    /** Lists side by side, each under its heading: build, buy, partner. */
    public record Columns(List<Bullets> columns) implements Block {
    }

    /** The investment allocation: a share per area (percentages), and what is left unallocated. */
    public record Allocation(List<Share> shares, double unallocated, String total) implements Block {
    }

    /** An area's share of the investment: its name, its percentage, and the reason. */
    public record Share(String area, double percent, String rationale) {
    }

    /**
     * The risks on the likelihood x impact matrix, numbered as in the table, and the most severe listed; the matrix
     * has a row per level of {@code likelihoods} and a column per level of {@code impacts}, the strategy's scales.
     */
    public record RiskMap(List<RiskPoint> risks, List<String> likelihoods, List<String> impacts) implements Block {
    }

    /**
     * A risk: its number, words, levels' positions on the scales (0 the lowest, -1 when they cannot be read), how
     * severe its cell is (0 to 5, see {@code RiskScale.severity}), its levels as the scales name them, owner and
     * mitigation.
     */
    public record RiskPoint(int number, String risk, int likelihood, int impact, double severity,
                            String likelihoodWord, String impactWord, String owner, String mitigation) {
        /** How severe its cell is, in whole steps from 0 (low, low) to 5 (high, critical). */
        public int score() {
            return (int) Math.round(severity);
        }

        public boolean scored() {
            return likelihood >= 0 && impact >= 0;
        }
    }

    /** TAM, SAM and SOM drawn to scale: amounts in one currency, with the words as written. */
    public record MarketSizes(List<Fact> sizes, List<Double> amounts) implements Block {
    }
}
