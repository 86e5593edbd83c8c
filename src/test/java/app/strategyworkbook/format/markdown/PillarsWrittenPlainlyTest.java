package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.OpenAndSave.open;
import static app.strategyworkbook.format.markdown.OpenAndSave.save;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.model.Pillar;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pillars written without the template's labels, as boards write priorities: a sentence under the heading and a few
 * bullets. The sentence is the pillar's description and the bullets its initiatives; an initiative added joins the
 * bullets, and the checks and slides see what the file has.
 */
class PillarsWrittenPlainlyTest {
    private static final String PRIORITIES = """
            # Tidewater

            ## Strategic Priorities

            ### 1. Forecasts customers plan on

            Move from "interesting dashboard" to the number planners put in their berth plans.

            - Forecast error under 6 hours at 72 hours' horizon
            - Berth-plan export into Navis N4

            ### 2. Terminal operators as a second market

            * Terminal edition with yard-density forecasts
            * Two design-partner terminals in Rotterdam

            ## Key Risks

            None yet.
            """;

    private static Pillar pillar(StrategyFiles.Opened opened, int i) {
        return opened.document().getPillars().getPillars().get(i);
    }

    @Test
    void theSentenceIsTheDescriptionAndTheBulletsAreTheInitiatives() throws Exception {
        StrategyFiles.Opened opened = open(PRIORITIES);
        assertEquals("Move from \"interesting dashboard\" to the number planners put in their berth plans.",
                pillar(opened, 0).getDescription());
        assertEquals(List.of("Forecast error under 6 hours at 72 hours' horizon", "Berth-plan export into Navis N4"),
                pillar(opened, 0).getInitiatives());
        assertEquals("", pillar(opened, 1).getDescription());
        assertEquals(2, pillar(opened, 1).getInitiatives().size());
        assertTrue(pillar(opened, 0).getKept().isEmpty(), "nothing of the pillar is left as text it did not read");
        assertEquals(PRIORITIES, save(opened), "a save with no edit gives the file back");
    }

    @Test
    void anInitiativeAddedJoinsTheBulletsAsALineLikeTheirs() throws Exception {
        StrategyFiles.Opened opened = open(PRIORITIES);
        pillar(opened, 0).getInitiatives().add("Weekly accuracy report");
        pillar(opened, 1).getInitiatives().add("Gate-in forecasts");
        String saved = save(opened);
        assertEquals(PRIORITIES.replace("Navis N4\n", "Navis N4\n- Weekly accuracy report\n")
                .replace("in Rotterdam\n", "in Rotterdam\n* Gate-in forecasts\n"), saved);
        assertEquals(3, pillar(open(saved), 0).getInitiatives().size());
    }

    @Test
    void whyItMattersAddedAboveTheBulletsLeavesThemTheInitiatives() throws Exception {
        StrategyFiles.Opened opened = open(PRIORITIES);
        pillar(opened, 0).setWhyItMatters("Planners trust numbers they can check.");
        String saved = save(opened);
        assertTrue(saved.contains("**Why It Matters:** Planners trust numbers they can check."), saved);
        assertEquals(pillar(opened, 0).getInitiatives(), pillar(open(saved), 0).getInitiatives());
    }

    @Test
    void aListBeforeThePillarsOwnLabelledInitiativesStaysText() throws Exception {
        String text = """
                # Acme

                ## Strategic Pillars

                ### Pillar 1: Speed

                **Description:** Ship weekly.

                - a note the author left here

                **Key Initiatives:**
                - Weekly releases
                """;
        StrategyFiles.Opened opened = open(text);
        assertEquals(List.of("Weekly releases"), pillar(opened, 0).getInitiatives());
        assertEquals(text, save(opened));
        String whole = new StrategyFiles().text(opened.document(), FileFormat.MARKDOWN, false);
        assertTrue(whole.contains("- a note the author left here"), whole);
    }
}
