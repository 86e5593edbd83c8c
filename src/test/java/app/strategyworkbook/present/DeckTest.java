package app.strategyworkbook.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.StrategyChecks;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DeckTest {
    static StrategyDocument example() throws Exception {
        return new MarkdownStrategyFormat().read(Files.readString(Path.of("samples/example-strategy.md")));
    }

    /** The words a slide shows as drawn at 16:9: its title, its text, its footer. */
    static String text(StrategyDocument doc, Slide slide) {
        return SlideLayout.draw(slide, Deck.frame(doc, 1, 1, true, false)).words();
    }

    private static Slide slide(List<Slide> slides, String key) {
        return slides.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
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

    /**
     * A 1–5 register of 25 risks: the risk slide's matrix is 5 x 5, labelled 1 to 5, every risk a chip in its cell,
     * and the most severe listed beside it, as the register scores them.
     */
    @Test
    void aRegisterScoredOneToFiveShowsEveryRiskOnAFiveByFiveMatrixAndItsTopRisks() throws Exception {
        StrategyDocument doc = new StrategyFiles().open(
                Path.of("src/test/resources/strategies/21-tidewater-risk-register.md")).document();
        Slide risks = slide(Deck.of(doc), "risks");
        Slide.RiskMap map = risks.blocks().stream().filter(b -> b instanceof Slide.RiskMap)
                .map(b -> (Slide.RiskMap) b).findFirst().orElseThrow();
        assertEquals(List.of("1", "2", "3", "4", "5"), map.likelihoods());
        assertEquals(List.of("1", "2", "3", "4", "5"), map.impacts());
        assertEquals(25, map.risks().size());
        assertTrue(map.risks().stream().allMatch(Slide.RiskPoint::scored), "every risk has a cell");
        List<Slide.RiskPoint> top = ChartLayout.ranked(map).subList(0, 3);
        assertEquals(List.of(2, 18, 1), top.stream().map(Slide.RiskPoint::number).toList(),
                "4 x 4, 4 x 4, then 3 x 5: the register's own order of severity");
        String words = text(doc, risks);
        assertTrue(words.contains("Forecast error rises during a strike or storm"), words);
        assertTrue(words.contains("LIKELIHOOD") && words.contains("IMPACT"), words);
    }

    @Test
    void impactWordsThatWrapOnA4To3SlideStayAboveImpact() throws Exception {
        StrategyDocument doc = new StrategyDocument();
        String[] impacts = {"Insignificant", "Minor", "Moderate", "Major", "Severe"};
        for (int i = 0; i < impacts.length; i++) {
            app.strategyworkbook.model.Risk risk = new app.strategyworkbook.model.Risk();
            risk.setRisk("Risk " + i);
            risk.setLikelihood(i % 2 == 0 ? "Low" : "High");
            risk.setImpact(impacts[i]);
            doc.getRisks().getRisks().add(risk);
        }
        app.strategyworkbook.format.markdown.MarkdownStrategyFormat markdown = new MarkdownStrategyFormat();
        doc = markdown.read(markdown.write(doc)); // the scales as a file gives them
        List<Slide> slides = Deck.of(doc);
        Slide risks = slide(slides, "risks");
        Drawing drawing = SlideLayout.draw(risks, Deck.frame(doc, 1, slides.size(), false, false));
        Drawing.Text impact = drawing.texts().stream().filter(t -> t.text().equals("IMPACT")).findFirst()
                .orElseThrow();
        for (String word : impacts) {
            Drawing.Text label = drawing.texts().stream().filter(t -> t.text().equals(word))
                    .max(java.util.Comparator.comparingDouble(Drawing.Text::y)).orElseThrow();
            assertTrue(label.bottom() <= impact.y() + 1, word + " ends at " + label.bottom()
                    + ", below the top of IMPACT at " + impact.y());
        }
    }

    @Test
    void slidesShowPlainWordsNotMarkdown() throws Exception {
        StrategyDocument doc = example();
        String market = text(doc, slide(Deck.of(doc), "market"));
        assertTrue(market.contains("AI Adoption Acceleration: 70% of enterprises"), market);
        assertFalse(market.contains("**"));
    }

    @Test
    void marketSizesAreDrawnToScaleOnlyWhenAllThreeAreAmountsInOneCurrency() throws Exception {
        StrategyDocument doc = example();
        Slide market = slide(Deck.of(doc), "market");
        assertTrue(market.blocks().stream().anyMatch(b -> b instanceof Slide.MarketSizes), market.toString());
        doc.getContext().setSom("about half a billion");
        Slide listed = slide(Deck.of(doc), "market");
        assertFalse(listed.blocks().stream().anyMatch(b -> b instanceof Slide.MarketSizes));
        assertTrue(text(doc, listed).contains("about half a billion"), text(doc, listed));
    }

    @Test
    void aPillarsMetricsShowTheirTargetsAsWrittenAndTheirProgress() throws Exception {
        StrategyDocument doc = example();
        Slide pillar = slide(Deck.of(doc), "pillar-1");
        String words = text(doc, pillar);
        assertTrue(words.contains("Developer NPS\n70%\nTarget >60 · Now 42\n"), words);
        assertTrue(words.contains("Target <5 minutes"), words);
        // The bar is drawn as long as the progress: 42 of 60 is 70% of the track.
        Drawing drawing = SlideLayout.draw(pillar, Deck.frame(doc, 1, 1, true, false));
        List<Drawing.Box> bars = drawing.marks().stream().filter(m -> m instanceof Drawing.Box b
                && b.height() == 16).map(m -> (Drawing.Box) m).toList();
        assertEquals(6, bars.size(), "a track and a fill for each of three metrics");
        assertEquals(0.70, bars.get(3).width() / bars.get(2).width(), 0.001);
    }

    @Test
    void theBlankTemplateHasOnlyItsTitleSlideAndNoPlaceholderEverAppears() {
        StrategyDocument blank = new StrategyFiles().newDocument();
        List<Slide> slides = Deck.of(blank);
        assertEquals(List.of("Company Strategy"), slides.stream().map(Slide::title).toList());
        for (Slide slide : slides) {
            assertFalse(text(blank, slide).matches("(?s).*\\[[^\\]]*\\].*"), () -> "a placeholder on "
                    + text(blank, slide));
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

    /** The lines of text in a slide's body: not its title, footer or status. */
    private static int bodyLines(StrategyDocument doc, Slide slide, boolean wide) {
        return SlideLayout.draw(slide, Deck.frame(doc, 1, 1, wide, false)).texts().stream()
                .filter(t -> t.role().equals("body") || t.role().startsWith("table"))
                .mapToInt(t -> t.lines().size()).sum();
    }

    @Test
    void aLongSectionContinuesOnSlidesSharedOutEvenlyWithNoStubOfTwoLines() throws Exception {
        StrategyDocument doc = example();
        var initiatives = doc.getPillars().getPillars().get(0).getInitiatives();
        for (int i = 0; i < 25; i++) {
            initiatives.add("Initiative number " + i);
        }
        doc.getGoToMarket().getKeyMessages().add("One more message, so the last slide would hold a stub");
        List<Slide> slides = Deck.of(doc);
        assertTrue(slides.stream().anyMatch(s -> text(doc, s).contains("Initiative number 24")), "nothing dropped");
        Map<String, List<Slide>> sections = new TreeMap<>();
        slides.forEach(s -> sections.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
        assertTrue(sections.get("pillar-1").size() >= 2, "25 more initiatives take more slides");
        for (var section : sections.entrySet()) {
            if (section.getValue().size() < 2) {
                continue;
            }
            List<Integer> lines = section.getValue().stream().map(s -> bodyLines(doc, s, true)).toList();
            int most = lines.stream().mapToInt(Integer::intValue).max().orElseThrow();
            int least = lines.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertTrue(least > 2 && least * 2 >= most, section.getKey() + " is shared out unevenly: " + lines);
        }
    }

    @Test
    void noFindingOfTheChecksAppearsOnAnySlide() throws Exception {
        StrategyDocument doc = example();
        doc.getResources().getAllocations().get(0).setInvestment("40%");
        doc.getRisks().getRisks().get(0).setLikelihood("Sometimes");
        doc.getFooter().setNextReview("2020-01-01");
        doc.getContext().setSom("$90B");
        List<Finding> findings = new StrategyChecks().check(doc, LocalDate.of(2026, 11, 25));
        assertTrue(findings.size() >= 4, findings.toString());
        for (Slide slide : Deck.of(doc)) {
            for (boolean wide : new boolean[] {true, false}) {
                String words = SlideLayout.draw(slide, Deck.frame(doc, 1, 1, wide, true)).words();
                for (Finding finding : findings) {
                    assertFalse(words.contains(finding.message()), () -> "\"" + finding.message() + "\" on "
                            + slide.title());
                }
                assertFalse(words.contains("unallocated") || words.contains("not 100%"), words);
            }
        }
        String resources = text(doc, slide(Deck.of(doc), "resources"));
        assertTrue(resources.contains("95%\nallocated") && resources.contains("Unallocated"), resources);
    }

    @Test
    void aSectionsSpeakerNotesGoWithItsFirstSlideOnly() throws Exception {
        StrategyDocument doc = example();
        doc.getOverview().setNotes("Open with the mission.");
        doc.getPillars().getPillars().get(1).setNotes("Ask the CISO.");
        doc.getProduct().setNotes("Build, buy or partner: the board decides the buys.");
        List<Slide> slides = Deck.of(doc);
        assertEquals("Open with the mission.", slide(slides, "title").notes());
        assertEquals("", slide(slides, "values").notes());
        assertEquals("Ask the CISO.", slide(slides, "pillar-2").notes());
        List<Slide> product = slides.stream().filter(s -> s.key().equals("product")).toList();
        assertEquals("Build, buy or partner: the board decides the buys.", product.get(0).notes());
        product.subList(1, product.size()).forEach(s -> assertEquals("", s.notes()));
        for (Slide slide : slides) {
            assertFalse(text(doc, slide).contains("Ask the CISO"), "notes are never on a slide");
        }
    }

    @Test
    void onlyAFinalDocumentIsUnmarked() throws Exception {
        StrategyDocument doc = example();
        assertFalse(Deck.isFinal(doc), "Living is not final");
        assertTrue(text(doc, Deck.of(doc).get(0)).contains("LIVING"));
        doc.getHeader().setStatus("Final");
        assertTrue(Deck.isFinal(doc));
        assertFalse(text(doc, Deck.of(doc).get(0)).contains("FINAL"));
    }

    @Test
    void aSentenceTooLongForAnySlideIsCutBetweenSentencesAndEveryWordStaysOnSomeSlide() throws Exception {
        StrategyDocument doc = example();
        String long_ = "The platform grows by sentences that keep coming, each saying a little more. ".repeat(60);
        doc.getProduct().setPortfolio(long_.strip());
        List<Slide> product = Deck.of(doc).stream().filter(s -> s.key().equals("product")).toList();
        assertTrue(product.size() >= 3, "a page of text takes several slides: " + product.size());
        String all = String.join(" ", product.stream().map(s -> text(doc, s).replaceAll("\\s+", " ")).toList());
        assertEquals(60, all.split("each saying a little more\\.", -1).length - 1, "every sentence is shown once");
    }

    @Test
    void aTableOfHundredsOfRowsIsCutIntoSlidesQuickly() throws Exception {
        StrategyDocument doc = example();
        for (int i = 0; i < 600; i++) {
            var competitor = new app.strategyworkbook.model.Competitor();
            competitor.setName("Competitor " + i);
            competitor.setStrength("Strength " + i);
            doc.getContext().getCompetitors().add(competitor);
        }
        long start = System.nanoTime();
        List<Slide> competition = Deck.of(doc).stream().filter(s -> s.key().equals("competition")).toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(competition.size() > 20, competition.size() + " slides");
        assertTrue(millis < 20_000, "took " + millis + " ms");
        int last = bodyLines(doc, competition.get(competition.size() - 1), true);
        assertTrue(last > 2, "the last slide holds more than a stub: " + last);
    }
    /**
     * The risk slide at 4:3 and 16:9, on the corpus register whose mitigations are long: the top risks are listed
     * with what is done about them (the board's first question), fewer of them where the room is short.
     */
    @Test
    void theTopRisksKeepTheirMitigationsOnANarrowSlide() throws Exception {
        StrategyDocument doc = new MarkdownStrategyFormat().read(
                Files.readString(Path.of("src/test/resources/strategies/11-lumisense-spinoff.md")));
        List<Slide> slides = Deck.of(doc);
        Slide risks = slides.stream().filter(s -> s.title().contains("Risk")).findFirst().orElseThrow();
        for (boolean wide : new boolean[] {true, false}) {
            String words = SlideLayout.draw(risks, Deck.frame(doc, 1, 1, wide, false)).words();
            assertTrue(words.contains("Mitigation: "), (wide ? "16:9: " : "4:3: ") + words);
        }
    }
}
