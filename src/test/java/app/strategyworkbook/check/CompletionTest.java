package app.strategyworkbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.template.DocumentPart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A meter per part, counting the fields the template expects filled in: the same ones the checks call open. */
class CompletionTest {
    @Test
    void theExampleIsWhollyFilledIn() throws Exception {
        StrategyDocument doc = new MarkdownStrategyFormat().read(Files.readString(Path.of("samples/example-strategy.md")));
        Completion completion = Completion.of(doc);
        for (DocumentPart part : DocumentPart.values()) {
            assertEquals(1.0, completion.of(part).share(), part + " " + completion.of(part));
        }
    }

    @Test
    void aNewStrategyCountsEachOpenFieldOnceAndTheChecksReportTheSameOnes() {
        StrategyDocument doc = new StrategyFiles().newDocument();
        Completion completion = Completion.of(doc);
        var overview = completion.of(DocumentPart.OVERVIEW);
        assertEquals(0, overview.filled());
        assertEquals(overview.expected(), overview.open().size(), "mission, vision, values: all open");
        var unfilled = new StrategyChecks().check(doc, LocalDate.of(2026, 1, 1)).stream()
                .filter(Finding::unfilled).map(f -> f.where().pointer() + " " + f.message()).toList();
        assertEquals(completion.open().stream().map(o -> o.where().pointer() + " " + o.message()).toList(), unfilled);
        doc.getOverview().setMission("Make strategy a habit");
        var after = Completion.of(doc).of(DocumentPart.OVERVIEW);
        assertEquals(1, after.filled(), "one more field filled in");
        assertTrue(after.share() > 0 && after.share() < 1);
    }

    @Test
    void fieldsOfTheSameNameSayWhichSubheadingTheyStandUnder() {
        StrategyDocument doc = new StrategyFiles().newDocument();
        List<String> names = Completion.of(doc).open().stream().map(Completion.Open::name).toList();
        assertTrue(names.contains("1-Year Success > By"), names::toString);
        assertTrue(names.contains("3-Year Success > By"), names::toString);
        assertTrue(names.contains("Mission"), "a name of its own needs no subheading: " + names);
    }

    @Test
    void aStrategyWithNoPillarsOrSegmentsIsNotAllFilledInThere() throws Exception {
        StrategyDocument doc = new MarkdownStrategyFormat().read(Files.readString(Path.of("samples/example-strategy.md")));
        doc.getPillars().getPillars().clear();
        doc.getSegments().getSegments().clear();
        Completion completion = Completion.of(doc);
        for (DocumentPart part : java.util.List.of(DocumentPart.PILLARS, DocumentPart.SEGMENTS)) {
            var meter = completion.of(part);
            assertTrue(meter.share() < 1, part + " with none is open: " + meter);
            assertEquals(1, meter.open().size(), meter.toString());
        }
        var unfilled = new StrategyChecks().check(doc, LocalDate.of(2026, 1, 1)).stream()
                .filter(Finding::unfilled).map(f -> f.where().pointer()).toList();
        assertEquals(completion.open().stream().map(o -> o.where().pointer()).toList(), unfilled,
                "the checks report the same open places");
    }

    @Test
    void oneRiskWrittenInFullFillsTheRisksWhateverBlankRowsFollowIt() {
        StrategyDocument doc = new StrategyFiles().newDocument();
        var risks = doc.getRisks().getRisks();
        risks.clear();
        for (int i = 0; i < 3; i++) {
            risks.add(new app.strategyworkbook.model.Risk());
        }
        assertEquals(0, Completion.of(doc).of(DocumentPart.RISKS).filled(), "three blank rows: nothing written yet");
        risks.get(0).setRisk("Clinic budgets frozen");
        risks.get(0).setLikelihood("High");
        risks.get(0).setImpact("Critical");
        risks.get(0).setMitigation("Offer pay-per-visit pricing");
        risks.get(0).setOwner("CFO");
        var part = Completion.of(doc).of(DocumentPart.RISKS);
        assertEquals(1, part.filled(), part.toString());
        assertEquals(1, part.expected());
        risks.get(2).setOwner("CEO");
        assertEquals(0, Completion.of(doc).of(DocumentPart.RISKS).filled(), "a risk begun but not named is open");
    }
}
