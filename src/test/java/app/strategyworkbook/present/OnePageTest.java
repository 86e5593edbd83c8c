package app.strategyworkbook.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.model.PillarMetric;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.export.OnePageExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnePageTest {
    @TempDir
    Path dir;

    private static PillarMetric metric(String target, String current) {
        PillarMetric m = new PillarMetric();
        m.setTarget(target);
        m.setCurrent(current);
        return m;
    }

    @Test
    void aMetricIsGreenFromNinetyPercentOfItsTargetAmberFromSixtyRedBelowAndGreyWithoutNumbers() {
        assertEquals(MetricStatus.GREEN, MetricStatus.of(metric("50", "45")));
        assertEquals(MetricStatus.AMBER, MetricStatus.of(metric("50", "44")));
        assertEquals(MetricStatus.AMBER, MetricStatus.of(metric(">60", "42")));
        assertEquals(MetricStatus.RED, MetricStatus.of(metric("50", "29")));
        assertEquals(MetricStatus.RED, MetricStatus.of(metric("<5 minutes", "12 min")), "5/12 of a target to get under");
        assertEquals(MetricStatus.GREEN, MetricStatus.of(metric("<5 minutes", "4 min")));
        assertEquals(MetricStatus.UNKNOWN, MetricStatus.of(metric("Market leader", "42")));
        assertEquals(MetricStatus.UNKNOWN, MetricStatus.of(metric("50", "")));
    }

    @Test
    void thePageHoldsMissionVisionEachPillarsMetricsWithTheirStatusTopRisksAllocationReviewAndThresholds()
            throws Exception {
        StrategyDocument doc = DeckTest.example();
        doc.getRisks().getRisks().get(1).setOwner("Priya Shah, CISO");
        Drawing page = OnePage.draw(doc);
        String words = page.words();
        for (String expected : List.of("Lumen AI Company Strategy", "Next review: 2027-04-01",
                "To empower developers to build production-grade AI applications",
                "Every developer can leverage AI as easily as they use a database today.",
                "Pillar 1: Developer Experience Excellence", "Pillar 2: Enterprise Trust and Compliance",
                "Pillar 3: Multi-Model Platform Leadership",
                "Developer NPS\n42 of >60\nAt risk", "Enterprise customers\n8 of 50\nOff track",
                "Gross margin\n38% of 45%\nAt risk", "INVESTMENT ALLOCATION", "100%\nallocated",
                "Product Development", "TOP RISKS", "Major security breach damages brand",
                "Owner: Priya Shah, CISO", MetricStatus.THRESHOLDS)) {
            assertTrue(words.contains(expected), () -> "\"" + expected + "\" is not on the page:\n" + words);
        }
        // The statuses are drawn in their colours too: a dot per metric.
        long red = page.marks().stream().filter(m -> m instanceof Drawing.Box b
                && b.fill().equals(MetricStatus.RED.colour()) && b.width() == 14).count();
        assertEquals(3, red, "three metrics of the example are off track: time to first call, enterprise customers, routing");
        // Three top risks at most, the most severe first.
        assertTrue(words.indexOf("LLM provider pricing") < words.indexOf("Major security breach"), words);
        assertTrue(!words.contains("Key LLM provider cuts off API access"), "only the top three");
    }

    @Test
    void thePageIsExportedAsAnA4LandscapePdfWithItsTextAndAsAPng() throws Exception {
        Drawing page = OnePage.draw(DeckTest.example());
        Path pdf = dir.resolve("page.pdf");
        OnePageExport.writePdf(page, "Lumen AI Company Strategy", pdf);
        try (var read = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, read.getNumberOfPages());
            assertEquals(842, read.getPage(0).getMediaBox().getWidth(), 1);
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertTrue(text.contains("Developer NPS") && text.contains("Off track")
                    && text.contains("green (on track) at 90% of the target or better"), text);
        }
        Path png = dir.resolve("page.png");
        OnePageExport.writePng(page, png);
        var picture = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(2000, picture.getWidth());
        assertTrue(Files.size(png) > 10_000);
    }
}
