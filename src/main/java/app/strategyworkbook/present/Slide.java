package app.strategyworkbook.present;

import java.util.List;

/**
 * One slide: the section it shows (its key, for choosing slides), a title, and what is on it. Text is plain, read
 * from the fields' Markdown; fields still empty never appear.
 */
public record Slide(String key, String title, List<Block> blocks) {

    /** What a slide shows. */
    public sealed interface Block permits Statement, Bullets, Facts, Table, Chart {
    }

    /** A sentence under a small label: a mission, a vision, a pillar's description. */
    public record Statement(String label, String text) implements Block {
    }

    /** Lines under an optional heading: initiatives, trends, pain points. */
    public record Bullets(String heading, List<String> lines) implements Block {
    }

    /** Label and value pairs: the title slide's owner and status, TAM / SAM / SOM, team sizes. */
    public record Facts(List<Fact> facts) implements Block {
    }

    public record Fact(String label, String value) {
    }

    /** A table: competitors, pillar metrics with their progress. */
    public record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    /** A chart drawn from the document: the allocation pie, the risk matrix. */
    public record Chart(ChartKind kind) implements Block {
    }

    /** ALLOCATION: the pie; RISK_MATRIX: the matrix; MARKET_SIZE: TAM, SAM and SOM drawn to scale. */
    public enum ChartKind { ALLOCATION, RISK_MATRIX, MARKET_SIZE }

    /** How many lines the slide's text takes, to keep each slide readable. */
    int weight() {
        int lines = 0;
        for (Block block : blocks) {
            if (block instanceof Statement s) {
                lines += 2 + s.text().length() / 90;
            } else if (block instanceof Bullets b) {
                lines += (b.heading().isEmpty() ? 0 : 1) + b.lines().size();
            } else if (block instanceof Facts f) {
                lines += f.facts().size();
            } else if (block instanceof Table t) {
                lines += 1 + t.rows().size();
            } else if (block instanceof Chart c && c.kind() == ChartKind.MARKET_SIZE) {
                lines += 4;
            } else {
                lines += 8;
            }
        }
        return lines;
    }
}
