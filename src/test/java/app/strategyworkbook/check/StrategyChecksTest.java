package app.strategyworkbook.check;

import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.template.Template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.NamedItem;
import app.strategyworkbook.model.PriorityHire;
import app.strategyworkbook.model.StrategyDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each check, starting from the complete example (no findings) and breaking one thing. */
class StrategyChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private StrategyDocument doc;

    @BeforeEach
    void example() throws Exception {
        doc = new MarkdownStrategyFormat().read(Files.readString(Path.of("samples/example-strategy.md")));
        assertEquals(List.of(), findings());
    }

    private List<Finding> findings() {
        return new StrategyChecks().check(doc, TODAY);
    }

    private Finding only() {
        List<Finding> all = findings();
        assertEquals(1, all.size(), () -> all.toString());
        return all.get(0);
    }

    private Allocation allocation(int i) {
        return doc.getResources().getAllocations().get(i);
    }

    @Test
    void allocationMustAddUpToExactlyHundred() {
        allocation(0).setInvestment("50%");
        Finding f = only();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("the investment percentages add up to 105%, not 100% (5% over)", f.message());
        assertEquals(DocumentPart.RESOURCES, f.where().part());
        allocation(0).setInvestment("44.5");
        assertTrue(only().message().contains("99.5%, not 100% (0.5% unallocated)"));
        allocation(0).setInvestment("45 %");
        assertEquals(List.of(), findings(), "exactly 100 again, with a space before %");
    }

    @Test
    void allocationCellsMustBePercentagesFromZeroToHundred() {
        allocation(4).setInvestment("some");
        Finding f = findings().get(0);
        assertEquals(Template.ALLOCATION_INVESTMENT.at(4), f.where());
        assertEquals("/resources/allocations/4/investment", f.where().pointer());
        assertTrue(f.message().contains("\"some\" is not a percentage"));
        allocation(4).setInvestment("-5%");
        assertTrue(findings().stream().anyMatch(x -> x.message().contains("between 0% and 100%")));
    }

    @Test
    void debtAllocationLiesBetweenZeroAndHundred() {
        doc.getTechnology().setDebtAllocation("120% of engineering time");
        assertEquals(Template.DEBT_ALLOCATION.at(), only().where());
    }

    @Test
    void threeToFiveValuesAndThreeOrFourPillars() {
        NamedItem extra = new NamedItem();
        extra.setName("Sixth");
        extra.setDescription("One too many");
        doc.getOverview().getValues().add(extra);
        assertTrue(only().message().contains("6 values; the template asks for 3 to 5"));
        doc.getOverview().getValues().remove(extra);
        doc.getPillars().getPillars().remove(2);
        assertTrue(only().message().contains("2 strategic pillars"));
    }

    @Test
    void marketSizesNestWhenInOneCurrency() {
        doc.getContext().setSom("$20B (too big)");
        Finding f = only();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("SOM", f.field());
        doc.getContext().setSom("€20B");
        assertEquals(List.of(), findings(), "different currencies are not compared");
    }

    @Test
    void pillarMetricsHaveTargets() {
        doc.getPillars().getPillars().get(1).getMetrics().get(0).setTarget("");
        Finding f = only();
        assertEquals(Template.METRIC_TARGET.at(1, 0), f.where());
        assertEquals("/pillars/pillars/1/metrics/0/target", f.where().pointer());
        assertTrue(f.field().startsWith("Pillar 2 (Enterprise Trust and Compliance)"));
    }

    @Test
    void risksHaveReadableLevelsAndAMitigation() {
        var risk = doc.getRisks().getRisks().get(0);
        risk.setLikelihood("Maybe");
        Finding f = only();
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("\"Maybe\" is not a likelihood; use one of Low, Medium, High"));
        risk.setLikelihood("Med");
        risk.setImpact("Critical");
        risk.setMitigation("");
        assertEquals(Template.RISK_MITIGATION.at(0), only().where());
    }

    /** A register written 1–5, with a score column: the checks hold it to its own scale, not the template's. */
    @Test
    void aRegistersLevelsAreCheckedOnItsOwnScaleAndItsScoresAgainstThem() throws Exception {
        doc = new MarkdownStrategyFormat().read(Files.readString(
                Path.of("src/test/resources/strategies/21-tidewater-risk-register.md")));
        assertTrue(findings().stream().noneMatch(f -> f.where().field().part() == DocumentPart.RISKS),
                () -> "25 risks scored 1-5, each its probability x impact: " + findings());
        var risk = doc.getRisks().getRisks().get(4);
        assertEquals("9", risk.getScore(), "R05: 3 x 3");
        risk.setLikelihood("6");
        List<Finding> risks = findings().stream().filter(f -> f.where().field().part() == DocumentPart.RISKS)
                .toList();
        assertEquals(1, risks.size(), risks::toString);
        assertEquals(Severity.ERROR, risks.get(0).severity());
        assertEquals("\"6\" is not a likelihood; use one of 1, 2, 3, 4, 5", risks.get(0).message());
        risk.setLikelihood("4");
        risks = findings().stream().filter(f -> f.where().field().part() == DocumentPart.RISKS).toList();
        assertEquals(1, risks.size(), risks::toString);
        Finding score = risks.get(0);
        assertEquals(Template.RISK_SCORE.at(4), score.where());
        assertEquals("the score is 9, but likelihood 4 x impact 3 is 12", score.message());
        risk.setScore("12");
        assertTrue(findings().stream().noneMatch(f -> f.where().field().part() == DocumentPart.RISKS));
    }

    @Test
    void nextReviewIsNotInThePast() {
        doc.getFooter().setNextReview("Q3 2026");
        assertTrue(only().message().contains("is in the past"));
        doc.getFooter().setNextReview("Q4 2026");
        assertEquals(List.of(), findings(), "a period still running is not past");
    }

    @Test
    void priorityHiresFitTheGrowth() {
        PriorityHire hire = new PriorityHire();
        hire.setRole("Data");
        hire.setHeadcount("20 headcount");
        hire.setReason("Analytics");
        doc.getResources().getPriorityHires().add(hire);
        Finding f = only();
        assertEquals("the priority hires add up to 44 people, but the team grows by only 43 (from 32 to 75)",
                f.message());
    }

    @Test
    void textThatShouldBeANumberOrADateIsKeptAndReported() {
        doc.getResources().setCurrentTeamSize("about thirty");
        Finding f = only();
        assertEquals(Template.CURRENT_TEAM_SIZE.at(), f.where());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("about thirty", doc.getResources().getCurrentTeamSize(), "kept as typed");
        doc.getResources().setCurrentTeamSize("32 people");
        doc.getSuccess().getThreeYear().setDate("when we're ready");
        assertEquals(Template.THREE_YEAR_DATE.at(), only().where());
        assertEquals("/success/threeYear/date", only().where().pointer());
    }

    @Test
    void unfilledPlaceholdersAreWarningsPerField() {
        doc.getOverview().setVision("");
        doc.getContext().getTrends().set(1, "");
        List<Finding> all = findings();
        assertEquals(2, all.size(), all::toString);
        assertTrue(all.stream().allMatch(f -> f.severity() == Severity.WARNING));
        assertEquals(List.of("Company Overview > Vision: not filled in yet",
                "Strategic Context > Market Trends: 1 of 3 lines not filled in yet"),
                all.stream().map(Finding::describe).toList());
    }

    @Test
    void countsInMessagesAreSingularForOne() {
        var values = doc.getOverview().getValues();
        values.subList(1, values.size()).clear();
        assertEquals("there is 1 value; the template asks for 3 to 5", only().message());
        values.add(new NamedItem());
        values.get(1).setName("Care");
        values.get(1).setDescription("We care");
        assertEquals("there are 2 values; the template asks for 3 to 5", only().message());
    }
}
