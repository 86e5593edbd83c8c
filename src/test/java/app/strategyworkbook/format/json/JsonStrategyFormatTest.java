package app.strategyworkbook.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.StrategyDocument;
import org.junit.jupiter.api.Test;

class JsonStrategyFormatTest {
    private final JsonStrategyFormat json = new JsonStrategyFormat();

    private StrategyFormatException refused(String text) {
        return assertThrows(StrategyFormatException.class, () -> json.read(text));
    }

    @Test
    void writesTheSchemaVersionFirst() {
        assertTrue(json.write(new StrategyDocument()).startsWith("{\n  \"schemaVersion\" : 1"));
    }

    @Test
    void speakerNotesAreKeptAndMakeTheFileVersionTwoWhileAFileWithoutThemStaysVersionOne() throws Exception {
        StrategyDocument doc = new StrategyDocument();
        doc.getRisks().setNotes("Walk the board through the breach scenario first.");
        var pillar = new app.strategyworkbook.model.Pillar();
        pillar.setName("Trust");
        pillar.setNotes("Ask the CISO to speak to this one.");
        doc.getPillars().getPillars().add(pillar);
        String saved = json.write(doc);
        assertTrue(saved.startsWith("{\n  \"schemaVersion\" : 2"), saved);
        StrategyDocument read = json.read(saved);
        assertEquals("Walk the board through the breach scenario first.", read.getRisks().getNotes());
        assertEquals("Ask the CISO to speak to this one.", read.getPillars().getPillars().get(0).getNotes());
        assertEquals(saved, json.write(read));

        read.getRisks().setNotes("");
        read.getPillars().getPillars().get(0).setNotes("");
        assertTrue(json.write(read).startsWith("{\n  \"schemaVersion\" : 1"), "no notes, no need for version 2");
    }

    /**
     * A register read from Markdown has its scales, a score per risk and who approved it: JSON states them, as version
     * 3, and reads them back; a file without them stays the oldest version that holds it.
     */
    @Test
    void aStrategysRiskScalesScoresAndApprovalAreStatedAsVersionThree() throws Exception {
        StrategyDocument doc = new app.strategyworkbook.files.StrategyFiles().open(java.nio.file.Path.of(
                "src/test/resources/strategies/21-tidewater-risk-register.md")).document();
        String saved = json.write(doc);
        assertTrue(saved.startsWith("{\n  \"schemaVersion\" : 3"), saved);
        PublishedSchema.assertFollows(saved, "a strategy with its risk scales");
        assertTrue(saved.replaceAll("\\s+", "").contains("\"likelihoodScale\":[\"1\",\"2\",\"3\",\"4\",\"5\"]"), saved);
        StrategyDocument read = json.read(saved);
        assertEquals(app.strategyworkbook.model.RiskScale.numbers(5), read.getRisks().impactScale());
        assertEquals("15", read.getRisks().getRisks().get(0).getScore());
        assertEquals("Board of Directors, 3 March 2026", read.getFooter().getApprovedBy());
        assertEquals(2, read.getRisks().likelihood(read.getRisks().getRisks().get(0)).getAsInt(), "3 of 1-5");
        assertEquals(saved, json.write(read));

        // Stated, a scale stands whatever the levels given on it: one level of it is enough.
        StrategyDocument one = json.read("{\"schemaVersion\":3,\"risks\":{\"likelihoodScale\":[\"Rare\",\"Unlikely\","
                + "\"Possible\",\"Likely\",\"Almost certain\"],\"risks\":[{\"risk\":\"Flood\",\"likelihood\":\"Rare\"}]}}");
        assertEquals(5, one.getRisks().likelihoodScale().size());
        assertEquals(0, one.getRisks().likelihood(one.getRisks().getRisks().get(0)).getAsInt());
        assertEquals(app.strategyworkbook.model.RiskScale.IMPACT, one.getRisks().impactScale(), "not stated: the template's");
    }

    @Test
    void refusesAFieldItDoesNotKnowNamingIt() {
        var e = refused("{\"schemaVersion\":1,\"overview\":{\"mission\":\"x\",\"misson\":\"typo\"}}");
        assertTrue(e.getMessage().contains("\"misson\"") && e.getMessage().contains("overview"), e.getMessage());
    }

    @Test
    void refusesANewerSchemaVersion() {
        var e = refused("{\"schemaVersion\":4,\"header\":{\"title\":\"x\"}}");
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    @Test
    void aVersionTooLargeForALongIsNewerNotWrappedRound() {
        // 2^64 + 1: as a long it would be 1 and read as this version.
        var e = refused("{\"schemaVersion\":18446744073709551617,\"header\":{\"title\":\"x\"}}");
        assertTrue(e.getMessage().contains("newer version") && e.getMessage().contains("18446744073709551617"),
                e.getMessage());
    }

    @Test
    void aVersionWithAnExponentTooLargeToReadGetsItsSentence() {
        var e = refused("{\"schemaVersion\":1e" + "4".repeat(120) + "}");
        assertTrue(e.getMessage().contains("should be a whole number from 1"), e.getMessage());
    }

    @Test
    void aNullSectionIsASectionWithNothingInIt() throws Exception {
        StrategyDocument doc = json.read("{\"schemaVersion\":1,\"pillars\":null,\"header\":{\"title\":\"Acme\"}}");
        assertEquals(0, doc.getPillars().getPillars().size());
        // Saved and read again, it is the same file: the section is there, empty, both times.
        String saved = json.write(doc);
        assertEquals(saved, json.write(json.read(saved)));
        assertTrue(saved.contains("\"pillars\" : { }"), saved);
    }

    @Test
    void refusesAKeyGivenTwice() {
        var e = refused("{\"schemaVersion\":1,\"purpose\":{\"text\":\"a\",\"text\":\"b\"}}");
        assertTrue(e.getMessage().contains("text"), e.getMessage());
    }

    @Test
    void refusesTheWrongShapeSayingWhere() {
        var e = refused("{\"schemaVersion\":1,\"pillars\":{\"pillars\":{\"name\":\"x\"}}}");
        assertTrue(e.getMessage().contains("pillars"), e.getMessage());
        refused("[1,2,3]");
        refused("{\"header\":{}}");
        refused("{\"schemaVersion\":\"one\"}");
    }

    @Test
    void aNullInsideAListOrASpellingIsRefusedSayingWhere() {
        // Unlike a field, an item cannot be left out: read, it would be an item that is nothing.
        var e = refused("{\"schemaVersion\":1,\"context\":{\"trends\":[\"a\",null]}}");
        assertEquals("a value has the wrong shape at context.trends[1]: expected a text, found null", e.getMessage());
        e = refused("{\"schemaVersion\":1,\"pillars\":{\"pillars\":[null]}}");
        assertEquals("a value has the wrong shape at pillars.pillars[0]: expected an object, found null",
                e.getMessage());
        e = refused("{\"schemaVersion\":1,\"risks\":{\"spellings\":{\"#\":null}}}");
        assertEquals("a value has the wrong shape at risks.spellings.#: expected a text, found null", e.getMessage());
    }

    @Test
    void aNumberOrTrueWhereTextBelongsIsRefusedNotTurnedIntoText() {
        var e = refused("{\"schemaVersion\":1,\"resources\":{\"allocations\":[{\"investment\":45}]}}");
        assertEquals("a value has the wrong shape at resources.allocations[0].investment: expected a text, "
                + "found a number", e.getMessage());
        e = refused("{\"schemaVersion\":1,\"header\":{\"status\":true}}");
        assertEquals("a value has the wrong shape at header.status: expected a text, found true or false",
                e.getMessage());
        e = refused("{\"schemaVersion\":1,\"context\":{\"trends\":\"AI\"}}");
        assertEquals("a value has the wrong shape at context.trends: expected a list, found a text", e.getMessage());
    }

    @Test
    void refusesTruncatedJsonWithItsLine() {
        var e = refused("{\"schemaVersion\":1,\n\"overview\":{\n\"mission\":\"x\"");
        assertTrue(e.line() >= 3, () -> "line " + e.line());
        assertTrue(e.getMessage().startsWith("it is not valid JSON"), e.getMessage());
    }

    @Test
    void neverTakesATypeFromTheFile() {
        // Polymorphic type ids are plain unknown fields here, refused like any other.
        var e = refused("{\"schemaVersion\":1,\"@class\":\"java.lang.ProcessBuilder\"}");
        assertTrue(e.getMessage().contains("@class"), e.getMessage());
    }

    @Test
    void readsWhatItWrote() throws Exception {
        StrategyDocument doc = new StrategyDocument();
        doc.getOverview().setMission("Line one\nline two | with € and *stars*");
        doc.getRisks().getRisks().add(new app.strategyworkbook.model.Risk());
        doc.getRisks().getRisks().get(0).getExtraCells().add("Ana");
        String text = json.write(doc);
        assertEquals(text, json.write(json.read(text)));
    }
}
