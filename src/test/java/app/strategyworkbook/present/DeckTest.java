package app.strategyworkbook.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckTest {
    private static StrategyDocument example() throws Exception {
        return new MarkdownStrategyFormat().read(Files.readString(Path.of("samples/example-strategy.md")));
    }

    /** The words a slide shows: its title and the text of its blocks. */
    private static String text(Slide slide) {
        StringBuilder out = new StringBuilder(slide.title());
        for (Slide.Block block : slide.blocks()) {
            if (block instanceof Slide.Statement s) {
                out.append('\n').append(s.label()).append(": ").append(s.text());
            } else if (block instanceof Slide.Bullets b) {
                out.append('\n').append(b.heading()).append('\n').append(String.join("\n", b.lines()));
            } else if (block instanceof Slide.Facts f) {
                f.facts().forEach(x -> out.append('\n').append(x.label()).append(": ").append(x.value()));
            } else if (block instanceof Slide.Table t) {
                t.rows().forEach(r -> out.append('\n').append(String.join(" | ", r)));
            }
        }
        return out.toString();
    }

    @Test
    void theExampleWalksThroughTheStrategyInTemplateOrder() throws Exception {
        List<Slide> slides = Deck.of(example());
        List<String> sections = slides.stream().map(Slide::title).filter(t -> !t.endsWith(" (continued)")).toList();
        assertEquals(List.of("Lumen AI Company Strategy", "Our Values", "Market Opportunity",
                "Competitive Landscape", "Pillar 1: Developer Experience Excellence",
                "Pillar 2: Enterprise Trust and Compliance", "Pillar 3: Multi-Model Platform Leadership",
                "Target Customer Segments", "Go-to-Market", "Product Strategy", "Technology Strategy",
                "Resource Allocation", "Key Risks", "Success Criteria"), sections);
        for (int i = 1; i < slides.size(); i++) {
            if (slides.get(i).title().endsWith(" (continued)")) {
                assertEquals(slides.get(i - 1).key(), slides.get(i).key(), "a continuation follows its section");
            }
        }
    }

    @Test
    void slidesShowPlainWordsNotMarkdown() throws Exception {
        Slide trends = Deck.of(example()).get(2);
        assertTrue(text(trends).contains("AI Adoption Acceleration: 70% of enterprises"), text(trends));
        assertFalse(text(trends).contains("**"));
    }

    @Test
    void marketSizesAreDrawnToScaleOnlyWhenAllThreeAreAmountsInOneCurrency() throws Exception {
        StrategyDocument doc = example();
        Slide market = Deck.of(doc).get(2);
        assertTrue(market.blocks().contains(new Slide.Chart(Slide.ChartKind.MARKET_SIZE)), market.toString());
        doc.getContext().setSom("about half a billion");
        Slide listed = Deck.of(doc).get(2);
        assertFalse(listed.blocks().contains(new Slide.Chart(Slide.ChartKind.MARKET_SIZE)));
        assertTrue(text(listed).contains("SOM: about half a billion"), text(listed));
    }

    @Test
    void targetsKeepTheirComparisonSigns() throws Exception {
        Slide pillar = Deck.of(example()).stream().filter(s -> s.key().equals("pillar-1")).findFirst().orElseThrow();
        assertTrue(text(pillar).contains("Developer NPS | >60 | 42 | 70%"), text(pillar));
        assertTrue(text(pillar).contains("<5 minutes"), text(pillar));
    }

    @Test
    void theBlankTemplateHasOnlyItsTitleSlideAndNoPlaceholderEverAppears() {
        StrategyDocument blank = new StrategyFiles().newDocument();
        List<Slide> slides = Deck.of(blank);
        assertEquals(List.of("Company Strategy"), slides.stream().map(Slide::title).toList());
        for (Slide slide : slides) {
            assertFalse(text(slide).matches("(?s).*\\[[^\\]]*\\].*"), () -> "a placeholder on " + text(slide));
        }
    }

    @Test
    void aHalfFilledStrategySkipsEmptySections() throws Exception {
        StrategyDocument doc = example();
        doc.getOverview().getValues().clear();
        doc.getRisks().getRisks().forEach(r -> r.setRisk(""));
        List<String> keys = Deck.of(doc).stream().map(Slide::key).toList();
        assertFalse(keys.contains("values"));
        assertFalse(keys.contains("risks"));
        assertTrue(keys.contains("market"));
    }

    @Test
    void aLongSectionContinuesOnTheNextSlideInsteadOfShrinking() throws Exception {
        StrategyDocument doc = example();
        var initiatives = doc.getPillars().getPillars().get(0).getInitiatives();
        for (int i = 0; i < 25; i++) {
            initiatives.add("Initiative number " + i);
        }
        List<Slide> slides = Deck.of(doc);
        long pillarOne = slides.stream().filter(s -> s.key().equals("pillar-1")).count();
        assertTrue(pillarOne >= 3, "25 more initiatives take more slides: " + pillarOne);
        assertTrue(slides.stream().allMatch(s -> s.weight() <= Deck.MAX_LINES
                        || s.blocks().size() == 1),
                "every slide stays within its lines");
        assertTrue(slides.stream().anyMatch(s -> text(s).contains("Initiative number 24")), "nothing dropped");
    }

    @Test
    void onlyAFinalDocumentIsUnmarked() throws Exception {
        StrategyDocument doc = example();
        assertFalse(Deck.isFinal(doc), "Living is not final");
        doc.getHeader().setStatus("Final");
        assertTrue(Deck.isFinal(doc));
    }
}
