package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.format.json.JsonStrategyFormat;
import app.strategyworkbook.model.Percentage;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A strategy written by hand in another editor, following the template loosely. */
class HandWrittenMarkdownTest {
    private final MarkdownStrategyFormat markdown = new MarkdownStrategyFormat();
    private final JsonStrategyFormat json = new JsonStrategyFormat();

    static String resource(String name) throws Exception {
        try (var in = HandWrittenMarkdownTest.class.getResourceAsStream("/handwritten/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheFieldsWrittenLoosely() throws Exception {
        StrategyDocument doc = markdown.read(resource("loose-strategy.md"));
        assertEquals("Nordlicht GmbH — Strategie 2026", doc.getHeader().getTitle());
        assertEquals("Draft", doc.getHeader().getStatus());
        assertEquals("Quarterly", doc.getHeader().getUpdateFrequency());
        // A plain paragraph straight after the mission's, under its heading, is more of the mission.
        assertEquals("Make café-grade coffee affordable for every office — from Zürich to Málaga.\n\n"
                + "A second mission paragraph that the template does not have.", doc.getOverview().getMission());
        assertEquals(List.of("Quality first", "Frugal", "Open"),
                doc.getOverview().getValues().stream().map(v -> v.getName()).toList());
        assertEquals("every € counts", doc.getOverview().getValues().get(1).getDescription());

        List<Risk> risks = doc.getRisks().getRisks();
        assertEquals(2, risks.size());
        assertEquals("Bean prices double", risks.get(0).getRisk());
        assertEquals(1, doc.getRisks().likelihood(risks.get(0)).getAsInt(), "Med is Medium");
        assertEquals(2, doc.getRisks().impact(risks.get(0)).getAsInt(), "high is High");
        assertEquals("Hedge 12 months of supply", risks.get(0).getMitigation());
        assertEquals("Ana", risks.get(0).getOwner(), "an Owner column is the risk's owner");
        assertEquals("Train a second roaster | document recipes", risks.get(1).getMitigation());

        assertEquals(5, doc.getPillars().getPillars().size());
        assertEquals("Great coffee", doc.getPillars().getPillars().get(0).getName());
        assertEquals(List.of("Build a roastery", "Hire a head roaster"),
                doc.getPillars().getPillars().get(0).getInitiatives());
        var metric = doc.getPillars().getPillars().get(0).getMetrics().get(0);
        assertEquals("Cup score", metric.getName());
        assertEquals("85+", metric.getTarget());
        assertEquals("80", metric.getCurrent());
        assertEquals("Deliver weekly.", doc.getPillars().getPillars().get(1).getDescription());

        var allocations = doc.getResources().getAllocations();
        assertEquals(List.of(new BigDecimal("60"), new BigDecimal("12.5"), new BigDecimal("27.5")),
                allocations.stream().map(a -> Percentage.parse(a.getInvestment()).orElseThrow()).toList());
        assertEquals("Jürgen Weiß", doc.getFooter().getOwner());
        assertEquals("Q3 2026", doc.getFooter().getNextReview());
    }

    @Test
    void crlfFilesReadTheSameAndAreWrittenBackWithCrlf() throws Exception {
        var lf = markdown.readWithDetails(resource("loose-strategy.md"));
        var crlf = markdown.readWithDetails(resource("loose-strategy-crlf.md"));
        assertTrue(crlf.crlf());
        assertEquals(json.write(lf.document()), json.write(crlf.document()));
        String written = markdown.write(crlf.document(), true);
        assertTrue(written.contains("\r\n") && !written.replace("\r\n", "").contains("\n"));
    }

    @Test
    void keepsWhatItCannotPlaceWhereItStood() throws Exception {
        String original = resource("loose-strategy.md");
        String saved = markdown.write(json.read(json.write(markdown.read(original))));
        // Unknown text comes back after the field it followed.
        assertOrder(saved, "### Mission", "Make café-grade coffee", "A second mission paragraph", "### Vision");
        assertOrder(saved, "# Nordlicht GmbH", "Intro line someone wrote above the header.", "**Status:** Draft");
        // Headings the template knows are written back as this file spelled them ("## Key Risks").
        assertOrder(saved, "## Key Risks\n", "| Risk | Likelihood | Impact | Owner | Mitigation |",
                "| Bean prices double | Med | high | Ana | Hedge 12 months of supply |",
                "### Risk: Bean prices double", "We watch the **ICE** price weekly.", "## Success Criteria");
        assertOrder(saved, "## Resource Allocation", "## Appendix", "Some notes for the board.",
                "- a list in the appendix", "## Key Risks\n");
        assertTrue(saved.contains("|:-----|:----------:|-------:|-------|------------|"), "alignment kept");
        assertTrue(saved.contains("Train a second roaster \\| document recipes"));
        // Saving what was saved changes nothing.
        assertEquals(saved, markdown.write(markdown.read(saved)));
    }

    @Test
    void keepsEveryWordOfTheFile() throws Exception {
        String original = resource("loose-strategy.md");
        String saved = markdown.write(json.read(json.write(markdown.read(original))));
        Words.assertAllKept(original, saved);
    }

    private static void assertOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, () -> "expected \"" + part + "\" after the text before it in:\n" + text);
            at = next;
        }
    }
}
