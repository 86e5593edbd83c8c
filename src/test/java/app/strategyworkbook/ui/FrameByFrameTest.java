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
import org.junit.jupiter.api.BeforeEach;
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

    private final List<Node> nestedParts = new ArrayList<>();
    private VBox form;
    private List<Node> parts;
    private VBox nested;

    @BeforeEach
    void makeTheForm() throws Exception {
        FxToolkit.registerPrimaryStage();
        form = heavyForm(30, nestedParts);
        parts = List.copyOf(form.getChildren());
        nested = (VBox) parts.get(15);
    }

    /** Shows the form in a window and starts putting it on screen; {@code then} runs on the FX thread right after. */
    private FrameByFrame show(java.util.function.Consumer<FrameByFrame> then) throws Exception {
        FrameByFrame[] shown = new FrameByFrame[1];
        FxToolkit.setupStage(stage -> {
            ScrollPane scroll = new ScrollPane(form);
            scroll.setFitToWidth(true);
            stage.setScene(new Scene(scroll, 900, 700));
            stage.show();
            shown[0] = FrameByFrame.show(scroll, () -> { });
            then.accept(shown[0]);
        });
        return shown[0];
    }

    @Test
    void aHeavyFormComesOverSeveralFramesAndEndsWholeInOrder() throws Exception {
        AtomicInteger frames = new AtomicInteger();
        boolean[] wholeAtOnce = new boolean[1];
        FrameByFrame shown = show(started -> {
            wholeAtOnce[0] = started.whole();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (started.whole()) {
                        stop();
                    } else {
                        frames.incrementAndGet();
                    }
                }
            }.start();
        });
        assertFalse(wholeAtOnce[0], "the parts wait for the frames to come");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(shown::whole).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(frames.get() > 1, "thirty slow tables take more than one frame: " + frames.get());
        assertEquals(parts, List.copyOf(form.getChildren()), "every part is back, in its place");
        assertEquals(nestedParts, List.copyOf(nested.getChildren()), "the nested list too");
    }

    @Test
    void aPartRebuiltMeanwhileIsNotAddedTwiceAndFinishPutsTheRestAtOnce() throws Exception {
        // The nested list is rebuilt by its editor (an undo, say) before its turn comes.
        FrameByFrame shown = show(started -> nested.getChildren().setAll(new Label("rebuilt")));
        WaitForAsyncUtils.asyncFx(shown::finish).get();
        assertTrue(WaitForAsyncUtils.asyncFx(shown::whole).get());
        assertEquals(parts, List.copyOf(form.getChildren()));
        assertEquals(1, nested.getChildren().size(), "the rebuilt list keeps only what its editor put there");
        assertEquals("rebuilt", ((Label) nested.getChildren().get(0)).getText());
    }
}
