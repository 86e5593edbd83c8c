package app.strategyworkbook.present;

import app.strategyworkbook.present.Slide.Block;
import app.strategyworkbook.present.Slide.Bullets;
import app.strategyworkbook.present.Slide.Cards;
import app.strategyworkbook.present.Slide.Columns;
import app.strategyworkbook.present.Slide.Facts;
import app.strategyworkbook.present.Slide.Grid;
import app.strategyworkbook.present.Slide.Metrics;
import app.strategyworkbook.present.Slide.Statement;
import app.strategyworkbook.present.Slide.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A section's slides: one when it fits, else as few as it needs with the content shared out evenly between them, so a
 * long section never ends on a slide with a stub of two lines. Whether a slide fits is asked of the layout itself, at
 * 16:9 and at 4:3 (see {@link SlideLayout#SMALLEST_TYPE}), so one deck serves both. Lists, tables, metrics, cards and tiles break between their items; a
 * sentence or a chart stays whole.
 */
final class Pages {
    static final String CONTINUED = " (continued)";
    /** The width a piece is weighed at: a column of a 4:3 slide, where text wraps the most. */
    private static final double WEIGH_WIDTH = 520;

    private Pages() {
    }

    /** Above this many pieces, balancing by dynamic programming (quadratic in the pieces) gives way to a cheaper way. */
    private static final int BALANCED_UP_TO = 150;

    static List<Slide> split(String key, String title, List<Block> blocks) {
        if (fits(title, blocks)) {
            return List.of(new Slide(key, title, blocks));
        }
        List<Piece> pieces = pieces(blocks, title);
        // As few slides as hold it, filled in order: each slide takes pieces while they fit.
        List<List<Piece>> filled = fill(pieces, title);
        int fewest = filled.size();
        if (pieces.size() <= BALANCED_UP_TO) {
            // The same number of slides (or one more where the weights misjudge), the pieces shared out evenly.
            for (int n = fewest; n <= Math.min(pieces.size(), fewest + 1); n++) {
                List<List<Block>> parts = new ArrayList<>();
                for (List<Piece> part : partition(pieces, n)) {
                    parts.add(merge(part));
                }
                if (allFit(title, parts)) {
                    return slides(key, title, parts);
                }
            }
        }
        evenOutTheLastTwo(filled, title);
        List<List<Block>> parts = new ArrayList<>();
        for (List<Piece> part : filled) {
            parts.add(merge(part));
        }
        return slides(key, title, parts);
    }

    private static boolean allFit(String title, List<List<Block>> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (!fits(title(title, i), parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The pieces in order, a slide taking each while it still fits (a piece too large for any slide goes alone). */
    private static List<List<Piece>> fill(List<Piece> pieces, String title) {
        List<List<Piece>> parts = new ArrayList<>();
        List<Piece> part = new ArrayList<>();
        for (Piece piece : pieces) {
            List<Piece> more = new ArrayList<>(part);
            more.add(piece);
            if (!part.isEmpty() && !fits(title(title, parts.size()), merge(more))) {
                parts.add(part);
                part = new ArrayList<>(List.of(piece));
            } else {
                part = more;
            }
        }
        parts.add(part);
        return parts;
    }

    /** Moves pieces from the last but one slide to the last while that makes them more even and both still fit. */
    private static void evenOutTheLastTwo(List<List<Piece>> parts, String title) {
        if (parts.size() < 2) {
            return;
        }
        int n = parts.size();
        List<Piece> before = new ArrayList<>(parts.get(n - 2));
        List<Piece> last = new ArrayList<>(parts.get(n - 1));
        while (before.size() > 1 && weight(before) - before.get(before.size() - 1).weight() >= weight(last)) {
            List<Piece> shorter = before.subList(0, before.size() - 1);
            List<Piece> longer = new ArrayList<>(last);
            longer.add(0, before.get(before.size() - 1));
            if (!fits(title(title, n - 1), merge(longer))) {
                break;
            }
            before = new ArrayList<>(shorter);
            last = longer;
        }
        parts.set(n - 2, before);
        parts.set(n - 1, last);
    }

    private static double weight(List<Piece> pieces) {
        return pieces.stream().mapToDouble(Piece::weight).sum();
    }

    private static String title(String title, int part) {
        return part == 0 ? title : title + CONTINUED;
    }

    private static List<Slide> slides(String key, String title, List<List<Block>> parts) {
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            slides.add(new Slide(key, title(title, i), parts.get(i)));
        }
        return slides;
    }

    private static boolean fits(String title, List<Block> blocks) {
        return SlideLayout.fits(title, blocks);
    }

    /** A piece of a block that can go on a slide of its own: an item of a list, a row, a card, or a whole block. */
    private record Piece(int from, Block block, double weight) {
    }

    private static List<Piece> pieces(List<Block> blocks, String title) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (Block piece : pieces(blocks.get(i))) {
                for (Block part : sentences(piece, title)) {
                    pieces.add(new Piece(i, part, BlockLayout.isText(part)
                            ? BlockLayout.height(part, WEIGH_WIDTH, Theme.LIGHT) + 20 : 400));
                }
            }
        }
        return pieces;
    }

    /**
     * A statement too long for a slide of its own, cut between sentences (or, for a sentence longer than a slide,
     * between words) into statements that each fit; any other piece as it is.
     */
    private static List<Block> sentences(Block piece, String title) {
        if (!(piece instanceof Statement s) || fits(title, List.of(piece))) {
            return List.of(piece);
        }
        String[] words = s.text().split(" ");
        if (words.length < 2) {
            return List.of(piece);
        }
        String[] sentences = s.text().split("(?<=[.!?])\\s+");
        List<String> halves = new ArrayList<>();
        if (sentences.length > 1) {
            int half = sentences.length / 2;
            halves.add(String.join(" ", java.util.Arrays.copyOfRange(sentences, 0, half)));
            halves.add(String.join(" ", java.util.Arrays.copyOfRange(sentences, half, sentences.length)));
        } else {
            int half = words.length / 2;
            halves.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, half)));
            halves.add(String.join(" ", java.util.Arrays.copyOfRange(words, half, words.length)));
        }
        List<Block> out = new ArrayList<>(sentences(new Statement(s.label(), halves.get(0)), title));
        out.addAll(sentences(new Statement("", halves.get(1)), title));
        return out;
    }

    private static List<Block> pieces(Block block) {
        List<Block> out = new ArrayList<>();
        if (block instanceof Bullets b) {
            b.lines().forEach(line -> out.add(new Bullets(b.heading(), List.of(line))));
        } else if (block instanceof Table t) {
            t.rows().forEach(row -> out.add(new Table(t.headers(), List.of(row))));
        } else if (block instanceof Metrics m) {
            m.metrics().forEach(x -> out.add(new Metrics(List.of(x))));
        } else if (block instanceof Cards c) {
            c.cards().forEach(x -> out.add(new Cards(List.of(x))));
        } else if (block instanceof Grid g) {
            g.items().forEach(x -> out.add(new Grid(List.of(x))));
        } else if (block instanceof Facts f) {
            f.facts().forEach(x -> out.add(new Facts(List.of(x))));
        } else if (block instanceof Columns c) {
            c.columns().forEach(x -> out.add(new Columns(List.of(x))));
        } else {
            out.add(block);
        }
        return out;
    }

    /** The pieces of one part put back together: pieces of the same block make one block again. */
    private static List<Block> merge(List<Piece> part) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < part.size()) {
            int j = i;
            while (j < part.size() && part.get(j).from() == part.get(i).from()) {
                j++;
            }
            List<Block> same = part.subList(i, j).stream().map(Piece::block).toList();
            blocks.add(join(same));
            i = j;
        }
        return blocks;
    }

    private static Block join(List<Block> same) {
        Block first = same.get(0);
        if (same.size() == 1) {
            return first;
        }
        if (first instanceof Bullets b) {
            return new Bullets(b.heading(), same.stream().flatMap(x -> ((Bullets) x).lines().stream()).toList());
        }
        if (first instanceof Statement s) {
            return new Statement(s.label(), String.join(" ", same.stream().map(x -> ((Statement) x).text())
                    .toList()));
        }
        if (first instanceof Table t) {
            return new Table(t.headers(), same.stream().flatMap(x -> ((Table) x).rows().stream()).toList());
        }
        if (first instanceof Metrics) {
            return new Metrics(same.stream().flatMap(x -> ((Metrics) x).metrics().stream()).toList());
        }
        if (first instanceof Cards) {
            return new Cards(same.stream().flatMap(x -> ((Cards) x).cards().stream()).toList());
        }
        if (first instanceof Grid) {
            return new Grid(same.stream().flatMap(x -> ((Grid) x).items().stream()).toList());
        }
        if (first instanceof Facts) {
            return new Facts(same.stream().flatMap(x -> ((Facts) x).facts().stream()).toList());
        }
        return new Columns(same.stream().flatMap(x -> ((Columns) x).columns().stream()).toList());
    }

    /**
     * The pieces cut into {@code n} runs, in order, so that the heaviest run is as light as can be: the classic
     * linear partition, by dynamic programming over where each run ends.
     */
    private static List<List<Piece>> partition(List<Piece> pieces, int n) {
        int k = pieces.size();
        double[] prefix = new double[k + 1];
        for (int i = 0; i < k; i++) {
            prefix[i + 1] = prefix[i] + pieces.get(i).weight();
        }
        double[][] cost = new double[n + 1][k + 1];
        int[][] cut = new int[n + 1][k + 1];
        for (int j = 0; j <= k; j++) {
            cost[1][j] = prefix[j];
        }
        for (int p = 2; p <= n; p++) {
            for (int j = 0; j <= k; j++) {
                cost[p][j] = Double.MAX_VALUE;
                for (int i = p - 1; i < j; i++) {
                    double worst = Math.max(cost[p - 1][i], prefix[j] - prefix[i]);
                    if (worst < cost[p][j]) {
                        cost[p][j] = worst;
                        cut[p][j] = i;
                    }
                }
            }
        }
        List<List<Piece>> parts = new ArrayList<>();
        int end = k;
        for (int p = n; p >= 1; p--) {
            int start = p == 1 ? 0 : cut[p][end];
            parts.add(0, pieces.subList(start, end));
            end = start;
        }
        return parts;
    }
}
