package app.strategyworkbook.present;

import app.strategyworkbook.present.Slide.Block;
import app.strategyworkbook.present.Slide.Bullets;
import app.strategyworkbook.present.Slide.Cards;
import app.strategyworkbook.present.Slide.Columns;
import app.strategyworkbook.present.Slide.Facts;
import app.strategyworkbook.present.Slide.Grid;
import app.strategyworkbook.present.Slide.Metrics;
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

    static List<Slide> split(String key, String title, List<Block> blocks) {
        if (fits(title, blocks)) {
            return List.of(new Slide(key, title, blocks));
        }
        List<Piece> pieces = pieces(blocks);
        for (int n = 2; n <= pieces.size(); n++) {
            List<List<Block>> parts = new ArrayList<>();
            for (List<Piece> part : partition(pieces, n)) {
                parts.add(merge(part));
            }
            boolean all = true;
            for (int i = 0; i < parts.size() && all; i++) {
                all = fits(title(title, i), parts.get(i));
            }
            if (all) {
                return slides(key, title, parts);
            }
        }
        // Each piece on a slide of its own: nothing is dropped, even what is too long for any slide.
        List<List<Block>> alone = new ArrayList<>();
        for (Piece piece : pieces) {
            alone.add(List.of(piece.block()));
        }
        return slides(key, title, alone);
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

    private static List<Piece> pieces(List<Block> blocks) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (Block piece : pieces(blocks.get(i))) {
                pieces.add(new Piece(i, piece, BlockLayout.isText(piece)
                        ? BlockLayout.height(piece, WEIGH_WIDTH, Theme.LIGHT) + 20 : 400));
            }
        }
        return pieces;
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
