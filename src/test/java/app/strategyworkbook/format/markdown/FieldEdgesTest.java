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

    @Test
    void aParagraphFieldOfSeveralParagraphsReadsBackWhole() throws Exception {
        StrategyDocument doc = new StrategyDocument();
        doc.getOverview().setVision("Every rural clinic runs on our tools.\n\nPatients never travel for a routine visit.");
        doc.getOverview().setMission("Care close to home.\n\nNo one left out.\nNot one.");
        doc.getPurpose().setText("Why we exist.\n\nAnd why it matters.");
        StrategyDocument back = markdown.read(markdown.write(doc));
        assertEquals(doc.getOverview().getVision(), back.getOverview().getVision());
        assertEquals(doc.getOverview().getMission(), back.getOverview().getMission());
        assertEquals(doc.getPurpose().getText(), back.getPurpose().getText());
        assertEquals(List.of(), back.getOverview().getKept().stream().map(k -> k.getMarkdown()).toList());
    }

    @Test
    void aParagraphFieldEndsAtTheFirstOtherStructure() throws Exception {
        String file = """
                # Strategy

                ## Company Overview

                ### Vision

                Every rural clinic runs on our tools.

                Patients never travel for a routine visit.

                - a list is not the vision's

                Nor is text after it.
                """;
        var files = new app.strategyworkbook.files.StrategyFiles();
        var opened = files.read(file.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                app.strategyworkbook.format.FileFormat.MARKDOWN);
        var overview = opened.document().getOverview();
        assertEquals("Every rural clinic runs on our tools.\n\nPatients never travel for a routine visit.",
                overview.getVision());
        assertEquals(List.of("- a list is not the vision's\n\nNor is text after it."),
                overview.getKept().stream().map(k -> k.getMarkdown()).toList());
        // An edit of the vision replaces both its paragraphs, and nothing else.
        overview.setVision("One paragraph now.");
        String saved = files.text(opened.document(), app.strategyworkbook.format.FileFormat.MARKDOWN,
                opened.crlf(), opened.origin());
        assertEquals(file.replace("Every rural clinic runs on our tools.\n\nPatients never travel for a routine visit.",
                "One paragraph now."), saved);
    }

    @Test
    void aLabelLineAfterAParagraphFieldIsNotItsText() throws Exception {
        StrategyDocument doc = markdown.read("""
                # T

                ## Company Overview

                ### Mission

                Make coffee.

                **Budget:** Q3
                """);
        assertEquals("Make coffee.", doc.getOverview().getMission());
        assertEquals(List.of("**Budget:** Q3"), doc.getOverview().getKept().stream().map(k -> k.getMarkdown()).toList());
        doc.getOverview().setMission("Make coffee.\n\n**Budget:** typed in the mission");
        assertEquals(doc.getOverview().getMission(), markdown.read(markdown.write(doc)).getOverview().getMission(),
                "a label line the user typed in the mission is written escaped, and read back as the mission's");
    }
}
