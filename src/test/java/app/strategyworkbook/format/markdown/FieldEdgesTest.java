package app.strategyworkbook.format.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.strategyworkbook.model.PriorityHire;
import app.strategyworkbook.model.StrategyDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values at the edge of a field's written form read back as the values written. */
class FieldEdgesTest {
    private final MarkdownStrategyFormat markdown = new MarkdownStrategyFormat();

    @Test
    void aHireWhoseReasonIsADashKeepsItsHeadcountAndReason() throws Exception {
        StrategyDocument doc = new StrategyDocument();
        PriorityHire hire = new PriorityHire();
        hire.setRole("Data engineer");
        hire.setHeadcount("3");
        hire.setReason("-");
        doc.getResources().getPriorityHires().add(hire);
        PriorityHire back = markdown.read(markdown.write(doc)).getResources().getPriorityHires().get(0);
        assertEquals(List.of("Data engineer", "3", "-"), List.of(back.getRole(), back.getHeadcount(), back.getReason()));
    }

    @Test
    void eachRiskBlockLabelledPlainlyKeepsNothingItDidNotHave() throws Exception {
        StrategyDocument doc = markdown.read("""
                # Strategy

                ## Risks

                ### Risk: Donor leaves

                **Likelihood:** Medium
                Mitigation: More donors.

                ### Risk: Equipment stolen

                **Likelihood:** Low
                Mitigation: Guards.
                """);
        assertEquals(List.of("More donors.", "Guards."),
                doc.getRisks().getRisks().stream().map(r -> r.getMitigation()).toList());
        assertEquals(List.of(), doc.getRisks().getKept().stream().map(k -> k.getMarkdown()).toList(),
                "no copy of a label the file wrote once per risk");
    }
}
