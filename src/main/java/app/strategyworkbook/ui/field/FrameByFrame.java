package app.strategyworkbook.ui.field;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Pane;

/**
 * Puts a newly built tab on screen a part at a time, top first, so that no frame waits long for it. A form's rows, a
 * list of pillar panels, a chart's pieces: each is styled and laid out as it is attached, and once a frame's share of
 * time is spent the rest waits for the next frame. The tab's first frame draws it as it is (empty); its parts come
 * from the next. A tab of usual size is whole a few frames later; a strategy of thousands of risks shows
 * its table first and its matrix a cell or two a frame, while the window keeps drawing and answering.
 *
 * <p>Containers whose children may wait are marked with {@link #partByPart(Pane)}; the form, the items editor and the
 * risk matrix mark theirs.
 */
public final class FrameByFrame {
    /**
     * The time after which no further part is begun in a frame. A part may take longer than this (a table lays out its
     * rows), so it is well inside the 100 ms the window may ever stop drawing.
     */
    private static final long FRAME_SHARE_NANOS = 25_000_000;
    private static final Object PART_BY_PART = new Object();
    private static final Object SLOW = new Object();

    private final Node root;
    private final Runnable whenWhole;
    private final Deque<Step> steps = new ArrayDeque<>();
    private boolean firstFrame = true;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            attachFrameShare();
        }
    };

    /** One child to attach to its container, the children before it attached already. */
    private record Step(Pane container, List<Node> children, int index) {
        boolean slow() {
            return children.get(index).getProperties().containsKey(SLOW);
        }

        boolean stillWanted() {
            // An editor that rebuilt its container meanwhile (an undo, say) has made these children stale.
            var now = container.getChildren();
            return now.size() == index && (index == 0 || now.get(index - 1) == children.get(index - 1));
        }
    }

    private FrameByFrame(Node root, Runnable whenWhole) {
        this.root = root;
        this.whenWhole = whenWhole;
        holdBack(root);
    }

    /**
     * Marks a part known to take much of a frame, such as a table, which lays out its visible rows: it begins a frame
     * of its own rather than adding its time to what the frame has spent already.
     */
    public static void slow(Node part) {
        part.getProperties().put(SLOW, Boolean.TRUE);
    }

    /** Marks a container whose children may be attached over several frames. */
    public static void partByPart(Pane container) {
        container.getProperties().put(PART_BY_PART, Boolean.TRUE);
    }

    /**
     * Takes the parts of {@code root} off, to attach them again from the next frame on; {@code whenWhole} runs once
     * every part is back.
     */
    public static FrameByFrame show(Node root, Runnable whenWhole) {
        FrameByFrame shown = new FrameByFrame(root, whenWhole);
        if (shown.steps.isEmpty()) {
            whenWhole.run();
        } else {
            shown.timer.start();
        }
        return shown;
    }

    /** Whether every part is on screen. */
    public boolean whole() {
        return steps.isEmpty();
    }

    /** Attaches every part now: someone is about to look for a field in it. */
    public void finish() {
        if (!steps.isEmpty()) {
            while (!steps.isEmpty()) {
                attach(steps.poll());
            }
            done();
        }
    }

    /** Stops attaching: the tab is gone with its document. */
    public void stop() {
        timer.stop();
        steps.clear();
    }

    private void attachFrameShare() {
        // The tab's own first frame draws what it shows now (the window's first frame, at start-up); parts are added
        // from the next frame on, once the tab has its size and its scroll pane has put the form in the scene.
        if (firstFrame || !(root instanceof Parent parent) || root.getScene() == null
                || parent.getLayoutBounds().getWidth() == 0) {
            firstFrame = false;
            return;
        }
        long start = System.nanoTime();
        do {
            Node attached = attach(steps.poll());
            if (attached != null && attached.getScene() != null) {
                // Styled and laid out now, where the time it takes can be counted, rather than in the frame's own
                // passes after this. Only inside the tab: nothing around it changes.
                attached.applyCss();
                parent.layout();
            }
        } while (!steps.isEmpty() && System.nanoTime() - start < FRAME_SHARE_NANOS && !steps.peek().slow());
        if (steps.isEmpty()) {
            done();
        }
    }

    private void done() {
        timer.stop();
        whenWhole.run();
    }

    private static Node attach(Step step) {
        if (!step.stillWanted()) {
            return null;
        }
        Node child = step.children().get(step.index());
        step.container().getChildren().add(child);
        return child;
    }

    /** Empties each marked container under {@code node}, queueing its children in the order they are read. */
    private void holdBack(Node node) {
        if (node instanceof Pane pane && pane.getProperties().containsKey(PART_BY_PART)) {
            List<Node> children = new ArrayList<>(pane.getChildren());
            pane.getChildren().clear();
            for (int i = 0; i < children.size(); i++) {
                steps.add(new Step(pane, children, i));
                holdBack(children.get(i));
            }
            return;
        }
        for (Node child : inside(node)) {
            holdBack(child);
        }
    }

    /** What a node holds, including a scroll pane's or titled pane's content, which is not yet a child before skinning. */
    private static List<Node> inside(Node node) {
        if (node instanceof ScrollPane scroll) {
            return scroll.getContent() == null ? List.of() : List.of(scroll.getContent());
        }
        if (node instanceof TitledPane titled) {
            return titled.getContent() == null ? List.of() : List.of(titled.getContent());
        }
        return node instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
    }
}
