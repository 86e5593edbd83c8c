package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.OpenAndSave.open;
import static app.strategyworkbook.format.markdown.OpenAndSave.save;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.Competitor;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.Pillar;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sections headed by a line in bold alone, as word processors export them ("**Mission**", "**Priority 1 \- Win the
 * pub**"), and a bold line naming a part of a section inside a file of real headings ("**Competitors**" under "##
 * Market").
 */
class BoldLineHeadingsTest {
    private final StrategyFiles files = new StrategyFiles();

    private static final String EXPORTED = """
            # **Old Quarry Brewing — Strategy 2026\\-2028**

            **Mission**

            To brew honest beer in Fife.

            **What we stand for**

            1. **Independence:** we stay independent.
            1. **Local:** Scottish malt, Fife water.

            **Our three priorities**

            **Priority 1 \\- Win the pub**

            Draught beer in independent pubs has the best margin.

            **Priority 2 \\- A taproom people travel for**

            * Extend the taproom

            **Competitors**

            | Competitor | Notes |
            | :---- | :---- |
            | BrewDog | Big, everywhere |
            | Fyne Ales | Very similar positioning |

            **Risks**

            | Risk | Likelihood | Impact | Mitigation |
            | :---- | :---- | :---- | :---- |
            | Beer duty rises | Medium | High | Heat recovery |
            """;

    @Test
    void aFileHeadedByBoldLines() throws Exception {
        StrategyFiles.Opened opened = open(EXPORTED);
        var doc = opened.document();
        assertEquals("To brew honest beer in Fife.", doc.getOverview().getMission());
        assertEquals(2, doc.getOverview().getValues().size());
        assertEquals(List.of("Win the pub", "A taproom people travel for"),
                doc.getPillars().getPillars().stream().map(Pillar::getName).toList());
        assertEquals(List.of("BrewDog", "Fyne Ales"),
                doc.getContext().getCompetitors().stream().map(Competitor::getName).toList());
        assertEquals(1, doc.getRisks().getRisks().size());
        assertEquals(EXPORTED, save(opened), "a save with no edit gives the file back");

        doc.getPillars().getPillars().get(0).setName("Win every pub");
        assertEquals(EXPORTED.replace("Win the pub", "Win every pub"), save(opened),
                "a pillar's name is edited inside its bold line");
    }

    private static final String MIXED = """
            # Maison Aubrac

            ## Market

            Domestic tourism held up well.

            **Competitors**

            | Competitor | Positioning | Threat |
            |---|---|---|
            | Logis Hôtels | Traditional, affordable | Price comparison |

            **Guests we design for**

            1. *Slow travellers* (couples 45–70): 3–5 nights, walking, food.
            2. *Pilgrims and hikers* on the GR65: one night, early breakfast.

            **A note on prices**

            Prices rose 4%.

            ## Risks

            None yet.
            """;

    @Test
    void boldLinesThatNameAPartInAFileOfHeadings() throws Exception {
        StrategyFiles.Opened opened = open(MIXED);
        var doc = opened.document();
        assertEquals(1, doc.getContext().getCompetitors().size());
        List<CustomerSegment> segments = doc.getSegments().getSegments();
        // The emphasised words are the name; what follows them is what the file says of the segment.
        assertEquals(List.of("Slow travellers", "Pilgrims and hikers"),
                segments.stream().map(CustomerSegment::getName).toList());
        assertEquals("on the GR65: one night, early breakfast.", segments.get(1).getWho());
        assertEquals(MIXED, save(opened));

        segments.get(1).setWho("on the GR65: one night.");
        assertEquals(MIXED.replace("one night, early breakfast.", "one night."), save(opened));
    }
}
