package app.strategyworkbook.format.markdown;

import static app.strategyworkbook.format.markdown.OpenAndSave.open;
import static app.strategyworkbook.format.markdown.OpenAndSave.save;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.model.Competitor;
import app.strategyworkbook.model.CustomerSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Competitors and customer segments written as lists of named items, as people write them by hand: a bold name and a
 * dash or colon, or a plain name and a dash. Each is read, written back byte for byte when unedited, and an edit
 * changes only its own line; an item added is written like its neighbours.
 */
class NamedListsTest {
    private final StrategyFiles files = new StrategyFiles();

    private static final String COMPETITORS = """
            # Hartley Strategy

            ## Where we are now

            Sales fell 4% last year.

            ### Who we're up against

            - **Dunelm** — scale, price, and a very good website
            - **John Lewis** — trust and service, but retreating from smaller towns
            - In-house teams: our clients' own product teams

            ## Risks

            None yet.
            """;

    @Test
    void competitorsAsBulletsWithABoldName() throws Exception {
        StrategyFiles.Opened opened = open(COMPETITORS);
        List<Competitor> competitors = opened.document().getContext().getCompetitors();
        assertEquals(List.of("Dunelm", "John Lewis", "In-house teams"), competitors.stream().map(Competitor::getName).toList());
        assertEquals("trust and service, but retreating from smaller towns", competitors.get(1).getStrength());
        assertEquals(COMPETITORS, save(opened), "a save with no edit gives the file back");

        competitors.get(1).setStrength("trust and service");
        assertEquals(COMPETITORS.replace("trust and service, but retreating from smaller towns", "trust and service"),
                save(opened), "only the edited item's line changes");

        Competitor ikea = new Competitor();
        ikea.setName("IKEA");
        ikea.setStrength("price leadership in furniture");
        competitors.add(ikea);
        String added = save(opened);
        assertEquals(COMPETITORS.replace("trust and service, but retreating from smaller towns", "trust and service")
                .replace("product teams\n", "product teams\n- **IKEA** — price leadership in furniture\n"), added,
                "a competitor added is written like its neighbours");
        assertEquals(4, open(added).document().getContext().getCompetitors().size());
    }

    @Test
    void competitorsAsPlainNamesAndADash() throws Exception {
        String text = """
                # Kaito

                ## Competition:

                - Universal Robots (Teradyne) - market leader, largest integrator ecosystem
                - FANUC CRX - strong with machine-tool builders
                - JAKA - lowest price, growing fast in Italy

                ## Mission:

                Make robots simple.
                """;
        StrategyFiles.Opened opened = open(text);
        List<Competitor> competitors = opened.document().getContext().getCompetitors();
        assertEquals(List.of("Universal Robots (Teradyne)", "FANUC CRX", "JAKA"),
                competitors.stream().map(Competitor::getName).toList());
        assertEquals(text, save(opened));

        competitors.get(2).setName("JAKA Robotics");
        assertEquals(text.replace("- JAKA -", "- JAKA Robotics -"), save(opened));

        competitors.get(0).setWeakness("slow to ship");
        String weakness = save(opened);
        assertEquals(text.replace("- JAKA -", "- JAKA Robotics -").replace("ecosystem\n",
                "ecosystem\n  **Weakness:** slow to ship\n"), weakness,
                "a value the item has no place for is written as a line of its own inside the item");
        assertEquals("slow to ship", open(weakness).document().getContext().getCompetitors().get(0).getWeakness());
    }

    private static final String SEGMENTS = """
            # Banco Ribera

            ## TARGET SEGMENTS:

            1. **Agri-food businesses** — farms, cooperatives, wineries. 31% of our loan book.
            2. **SMEs and self-employed (autónomos)** — 58,000 customers; we want 75,000.

            ## Customers

            Text.
            """;

    @Test
    void segmentsAsANumberedListWithBoldNames() throws Exception {
        StrategyFiles.Opened opened = open(SEGMENTS);
        List<CustomerSegment> segments = opened.document().getSegments().getSegments();
        assertEquals(List.of("Agri-food businesses", "SMEs and self-employed (autónomos)"),
                segments.stream().map(CustomerSegment::getName).toList());
        assertEquals("58,000 customers; we want 75,000.", segments.get(1).getWho());
        assertEquals(SEGMENTS, save(opened));

        segments.get(0).setWho("farms and wineries.");
        assertEquals(SEGMENTS.replace("farms, cooperatives, wineries. 31% of our loan book.", "farms and wineries."),
                save(opened));

        CustomerSegment households = new CustomerSegment();
        households.setName("Households");
        households.setWho("mortgages and savings.");
        segments.add(households);
        String added = save(opened);
        assertEquals(SEGMENTS.replace("farms, cooperatives, wineries. 31% of our loan book.", "farms and wineries.")
                .replace("75,000.\n", "75,000.\n3. **Households** — mortgages and savings.\n"), added);
        assertEquals(3, open(added).document().getSegments().getSegments().size());
    }

    @Test
    void writtenWholeTheSegmentsStayAListApartFromTheListAfterThem() throws Exception {
        String text = """
                # Banco

                ## Target Segments

                1. **Agri-food businesses** — farms and wineries.
                2. **SMEs** — 58,000 customers.
                - a note the reader keeps, longer than any name would be, with a full stop. And more.
                """;
        StrategyFiles.Opened opened = open(text);
        assertEquals(2, opened.document().getSegments().getSegments().size());
        String whole = files.text(opened.document(), FileFormat.MARKDOWN, false);
        StrategyFiles.Opened again = open(whole);
        assertEquals(2, again.document().getSegments().getSegments().size(), whole);
        assertEquals(whole, files.text(again.document(), FileFormat.MARKDOWN, false));
    }

    @Test
    void segmentsAsPlainItemsAndBoldNamesWithAGlossBeforeTheColon() throws Exception {
        String text = """
                # Bastion

                ## Customers

                - **Mid-market healthcare** (hospitals, clinic groups): HIPAA, ransomware exposure
                - **Financial services** (credit unions, regional banks): regulators, auditors

                ## Customers we think we'll have first

                - Gas network operators in the EU (Gasunie, NAM) – pay per sensor
                """;
        StrategyFiles.Opened opened = open(text);
        List<CustomerSegment> segments = opened.document().getSegments().getSegments();
        assertEquals(List.of("Mid-market healthcare", "Financial services"),
                segments.stream().map(CustomerSegment::getName).toList());
        assertEquals(text, save(opened));
        segments.get(1).getPainPoints().add("audit fatigue");
        String edited = save(opened);
        assertEquals(text.replace("regulators, auditors\n", "regulators, auditors\n  **Pain Points:**\n  - audit fatigue\n"),
                edited, "a list the item has no place for is written inside the item");
        assertEquals(List.of("audit fatigue"),
                open(edited).document().getSegments().getSegments().get(1).getPainPoints());
    }
}
