package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.ui.field.FrameByFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A heavy tab comes on screen over several frames, top first, and ends whole and in order: nothing is lost, doubled
 * or moved, even when its editor rebuilds a part meanwhile.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FrameByFrameTest {
    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** A form of {@code rows} parts, the middle one holding a nested list of its own; each part is slow to style. */
    private static VBox heavyForm(int rows, List<Node> nestedParts) {
        VBox form = new VBox();
        FrameByFrame.partByPart(form);
        for (int i = 0; i < rows; i++) {
            if (i == rows / 2) {
                VBox nested = new VBox();
                FrameByFrame.partByPart(nested);
                for (int k = 0; k < 5; k++) {
                    Label part = new Label("nested " + k);
                    nested.getChildren().add(part);
                    nestedParts.add(part);
                }
                form.getChildren().add(nested);
            } else {
                TableView<String> table = new TableView<>();
                for (int c = 0; c < 8; c++) {
                    table.getColumns().add(new javafx.scene.control.TableColumn<String, String>("Column " + c));
                }
                table.getItems().setAll(java.util.Collections.nCopies(200, "row"));
                form.getChildren().add(table);
            }
        }
        return form;
    }

    @Test
    void aHeavyFormComesOverSeveralFramesAndEndsWholeInOrder() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Node> nestedParts = new ArrayList<>();
        VBox form = heavyForm(30, nestedParts);
        List<Node> parts = List.copyOf(form.getChildren());
        VBox nested = (VBox) parts.get(15);
        AtomicInteger frames = new AtomicInteger();
        FrameByFrame[] shown = new FrameByFrame[1];
        boolean[] wholeAtOnce = new boolean[1];
        FxToolkit.setupStage(stage -> {
            ScrollPane scroll = new ScrollPane(form);
            scroll.setFitToWidth(true);
            stage.setScene(new Scene(scroll, 900, 700));
            stage.show();
            shown[0] = FrameByFrame.show(scroll, () -> { });
            wholeAtOnce[0] = shown[0].whole();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (shown[0].whole()) {
                        stop();
                    } else {
                        frames.incrementAndGet();
                    }
                }
            }.start();
        });
        assertFalse(wholeAtOnce[0], "the parts wait for the frames to come");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> shown[0].whole()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(frames.get() > 1, "thirty slow tables take more than one frame: " + frames.get());
        assertEquals(parts, List.copyOf(form.getChildren()), "every part is back, in its place");
        assertEquals(nestedParts, List.copyOf(nested.getChildren()), "the nested list too");
    }

    @Test
    void aPartRebuiltMeanwhileIsNotAddedTwiceAndFinishPutsTheRestAtOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Node> nestedParts = new ArrayList<>();
        VBox form = heavyForm(30, nestedParts);
        List<Node> parts = List.copyOf(form.getChildren());
        VBox nested = (VBox) parts.get(15);
        FrameByFrame[] shown = new FrameByFrame[1];
        FxToolkit.setupStage(stage -> {
            ScrollPane scroll = new ScrollPane(form);
            stage.setScene(new Scene(scroll, 900, 700));
            stage.show();
            shown[0] = FrameByFrame.show(scroll, () -> { });
            // The nested list is rebuilt by its editor (an undo, say) before its turn comes.
            nested.getChildren().setAll(new Label("rebuilt"));
        });
        WaitForAsyncUtils.asyncFx(() -> shown[0].finish()).get();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> shown[0].whole()).get());
        assertEquals(parts, List.copyOf(form.getChildren()));
        assertEquals(1, nested.getChildren().size(), "the rebuilt list keeps only what its editor put there");
        assertEquals("rebuilt", ((Label) nested.getChildren().get(0)).getText());
    }
}
