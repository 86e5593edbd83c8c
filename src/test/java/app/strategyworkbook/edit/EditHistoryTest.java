package app.strategyworkbook.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.StrategyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Undo and redo over every kind of edit, and "unsaved" derived from where the history stands. */
class EditHistoryTest {
    private StrategyDocument doc;
    private EditHistory history;

    @BeforeEach
    void open() {
        doc = new StrategyFiles().newDocument();
        history = new EditHistory();
        new DocumentWatcher(doc, history);
    }

    private void type(javafx.beans.property.StringProperty field, String text) {
        for (char c : text.toCharArray()) {
            field.set(field.get() + c);
        }
    }

    @Test
    void typingInOneFieldIsOneEditAndUndoGivesTheTextBack() {
        var mission = doc.getOverview().missionProperty();
        type(mission, "Make it");
        assertTrue(history.isUnsaved());
        assertEquals("Undo typing in Mission", history.undoTextProperty().get());
        history.undo();
        assertEquals("", mission.get());
        assertFalse(history.isUnsaved(), "back at the opened state");
        history.redo();
        assertEquals("Make it", mission.get());
    }

    @Test
    void anotherFieldOrAPauseStartsANewEdit() {
        type(doc.getOverview().missionProperty(), "M");
        type(doc.getOverview().visionProperty(), "V");
        history.pause();
        type(doc.getOverview().visionProperty(), "W");
        history.undo();
        assertEquals("V", doc.getOverview().getVision());
        history.undo();
        assertEquals("", doc.getOverview().getVision());
        assertEquals("M", doc.getOverview().getMission());
    }

    @Test
    void unsavedClearsWhenUndoneToTheSavedStateAndReturnsWhenRedone() {
        type(doc.getOverview().missionProperty(), "First");
        history.markSaved();
        assertFalse(history.isUnsaved());
        type(doc.getOverview().missionProperty(), " more");
        assertTrue(history.isUnsaved());
        history.undo();
        assertEquals("First", doc.getOverview().getMission(), "typing after a save is not merged into it");
        assertFalse(history.isUnsaved());
        history.undo();
        assertTrue(history.isUnsaved(), "before the saved state is unsaved too");
        history.redo();
        assertFalse(history.isUnsaved());
    }

    @Test
    void anEditAfterUndoCutsTheRedoBranchAndTheSavedPointOnIt() {
        type(doc.getOverview().missionProperty(), "A");
        history.markSaved();
        history.undo();
        type(doc.getOverview().visionProperty(), "B");
        assertFalse(history.canRedoProperty().get());
        history.undo();
        assertTrue(history.isUnsaved(), "the saved state can no longer be reached");
    }

    @Test
    void listsAndTheItemsAddedToThemAreUndoable() {
        var pillars = doc.getPillars().getPillars();
        int before = pillars.size();
        Pillar pillar = new Pillar();
        pillars.add(pillar);
        type(pillar.nameProperty(), "Trust");
        pillar.getInitiatives().add("SOC2");
        assertEquals("Undo adding to Initiatives", history.undoTextProperty().get());
        history.undo();
        assertTrue(pillar.getInitiatives().isEmpty());
        history.undo();
        assertEquals("", pillar.getName());
        history.undo();
        assertEquals(before, pillars.size());
        history.redo();
        history.redo();
        assertEquals("Trust", pillars.get(before).getName());
    }

    @Test
    void changesMadeAsOneEditAreUndoneInOneStep() {
        var risk = doc.getRisks().getRisks().get(0);
        history.asOneEdit("moving a risk", () -> {
            risk.setLikelihood("High");
            risk.setImpact("Critical");
        });
        assertEquals("Undo moving a risk", history.undoTextProperty().get());
        history.undo();
        assertEquals("", risk.getLikelihood());
        assertEquals("", risk.getImpact());
        assertFalse(history.isUnsaved());
        history.redo();
        assertEquals("Critical", risk.getImpact());
    }

    @Test
    void tableRowsMovedAndRemovedComeBack() {
        var risks = doc.getRisks().getRisks();
        risks.get(0).setRisk("Churn");
        history.pause();
        var first = risks.remove(0);
        risks.add(first);
        history.undo();
        history.undo();
        assertEquals("Churn", risks.get(0).getRisk());
        assertEquals(3, risks.size());
    }

    @Test
    void theHistoryKeepsItsLastStepsAndNeverCallsADroppedSavedStateSaved() {
        var mission = doc.getOverview().missionProperty();
        int steps = EditHistory.MOST_STEPS + 20;
        for (int i = 0; i < steps; i++) {
            mission.set("step " + i);
            history.pause();
        }
        int undone = 0;
        while (history.canUndoProperty().get()) {
            history.undo();
            undone++;
        }
        assertEquals(EditHistory.MOST_STEPS, undone, "the oldest steps are forgotten");
        assertEquals("step 19", mission.get(), "as far back as the history reaches");
        assertTrue(history.isUnsaved(), "the opened state is no longer reachable, so this is not it");

    }

    @Test
    void aSavedPointStillInTheHistoryIsFoundAgainAfterOldStepsAreDropped() {
        var vision = doc.getOverview().visionProperty();
        for (int i = 0; i < 100; i++) {
            vision.set("step " + i);
            history.pause();
        }
        history.markSaved();
        for (int i = 100; i < 550; i++) {
            vision.set("step " + i);
            history.pause();
        }
        for (int i = 0; i < 450; i++) {
            history.undo();
        }
        assertFalse(history.isUnsaved(), "450 steps back is the saved state, though 50 older steps were dropped");
        assertEquals("step 99", vision.get());
        for (int i = 0; i < 450; i++) {
            history.redo();
        }
        for (int i = 550; i < 620; i++) {
            vision.set("step " + i);
            history.pause();
        }
        while (history.canUndoProperty().get()) {
            history.undo();
        }
        assertTrue(history.isUnsaved(), "the saved state was dropped: no state reached by undo is called saved");
    }

    @Test
    void aWithdrawnEditLeavesNoTraceToRedoAndTheSavedStateHolds() {
        var risks = doc.getRisks().getRisks();
        int before = risks.size();
        history.markSaved();
        risks.add(new app.strategyworkbook.model.Risk());
        assertTrue(history.isUnsaved());
        history.withdraw();
        assertEquals(before, risks.size(), "the row is gone again");
        assertFalse(history.isUnsaved(), "as it was when saved");
        assertFalse(history.canRedoProperty().get(), "nothing to redo: the row was never wanted");
    }
}
