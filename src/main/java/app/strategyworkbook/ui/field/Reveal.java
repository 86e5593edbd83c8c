package app.strategyworkbook.ui.field;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Brings something into view: a field the user is taken to, a row or panel just moved. The form scrolls the least
 * that shows it whole, so what stays in view does not jump.
 */
public final class Reveal {
    /** Space left above and below what is shown, so it does not touch the edge of the view. */
    private static final double MARGIN = 24;

    private Reveal() {
    }

    /** Where a form's view may start: the top of {@code node}'s box, and the form's top and height now in view. */
    private interface Target {
        double top(Bounds box, double top, double viewport);
    }

    /** Scrolls the form around {@code node} so that all of it is in view. */
    public static void node(Node node) {
        scroll(node, (box, top, viewport) -> {
            if (box.getMinY() - MARGIN < top || box.getHeight() + 2 * MARGIN > viewport) {
                return box.getMinY() - MARGIN;
            } else if (box.getMaxY() + MARGIN > top + viewport) {
                return box.getMaxY() + MARGIN - viewport;
            }
            return top;
        });
    }

    /** Scrolls the form so that {@code node} stands at the top of the view (as far as the form goes): the outline's way. */
    public static void atTop(Node node) {
        scroll(node, (box, top, viewport) -> box.getMinY() - MARGIN / 2);
    }

    /** Scrolls the nearest form (scroll pane) around {@code node} to where {@code target} says its view starts. */
    private static void scroll(Node node, Target target) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                // Laid out now: a panel rebuilt a moment ago has no size until the next frame.
                scroll.applyCss();
                scroll.layout();
                Node content = scroll.getContent();
                double contentHeight = content.getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (contentHeight <= viewport) {
                    return;
                }
                Bounds box = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double top = scroll.getVvalue() * (contentHeight - viewport);
                double to = target.top(box, top, viewport);
                scroll.setVvalue(Math.max(0, Math.min(1, to / (contentHeight - viewport))));
                return;
            }
        }
    }

    /** Scrolls a list or table the least that shows its row {@code index}, then the form around that row. */
    public static void row(Control control, int index) {
        control.applyCss();
        control.layout();
        if (control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
            IndexedCell<?> cell = flow.getVisibleCell(index);
            node(cell != null ? cell : control);
        } else {
            node(control);
        }
    }
}
