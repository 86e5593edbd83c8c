package app.strategyworkbook.present;

import app.strategyworkbook.format.StrategyArbitraries;
import app.strategyworkbook.model.StrategyDocument;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any strategy, however its text runs (long words, Markdown's characters, accents, empty fields), lays out on slides
 * and on one page without an error, each paragraph inside the page, each line within its paragraph's width, and no
 * two paragraphs over each other. The screen's own measurement of the example's slides is {@code SlideLayoutTest}.
 */
class SlideLayoutProperties {
    @Provide
    Arbitrary<StrategyDocument> documents() {
        return StrategyArbitraries.documents();
    }

    @Property(tries = 60, seed = app.strategyworkbook.BuildSeed.SEED)
    void everySlideAndTheOnePageKeepTheirTextInsideApartAndUncut(@ForAll("documents") StrategyDocument doc) {
        List<Slide> slides = Deck.of(doc);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            for (boolean wide : new boolean[] {true, false}) {
                Drawing drawing = SlideLayout.draw(slides.get(i), Deck.frame(doc, i + 1, slides.size(), wide, false));
                problems.addAll(problems(drawing, (wide ? "16:9 " : "4:3 ") + slides.get(i).title()));
            }
        }
        problems.addAll(problems(OnePage.draw(doc), "one page"));
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    private static List<String> problems(Drawing drawing, String where) {
        List<String> problems = new ArrayList<>();
        List<Drawing.Text> texts = drawing.texts();
        double footer = texts.stream().filter(t -> t.role().equals("footer")).mapToDouble(Drawing.Text::y).min()
                .orElse(Double.MAX_VALUE);
        for (Drawing.Text t : texts) {
            if (!t.role().equals("footer") && !t.role().equals("status") && t.bottom() > footer) {
                problems.add(where + ": reaches the footer: " + t.text());
            }
            if (t.x() < -0.5 || t.y() < -0.5 || t.x() + t.width() > drawing.width() + 0.5
                    || t.bottom() > drawing.height() + 0.5) {
                problems.add(where + ": outside the page: " + t.text());
            }
            for (Drawing.Line line : t.lines()) {
                double width = SlideFonts.width(line.text(), t.size(), t.bold());
                if (line.x() < t.x() - 0.5 || line.x() + width > t.x() + t.width() + 0.5) {
                    problems.add(where + ": wider than its room: " + line.text());
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (overlap(ink(texts.get(i)), ink(texts.get(j)))) {
                    problems.add(where + ": \"" + texts.get(i).text() + "\" over \"" + texts.get(j).text() + "\"");
                }
            }
        }
        return problems;
    }

    /** Where a paragraph's lines are drawn: from the first line's left to the widest line's right, top to bottom. */
    private static double[] ink(Drawing.Text t) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Drawing.Line line : t.lines()) {
            left = Math.min(left, line.x());
            right = Math.max(right, line.x() + SlideFonts.width(line.text(), t.size(), t.bold()));
        }
        return new double[] {left, t.y() + 1, right, t.bottom() - 1};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] && b[1] < a[3];
    }
}
