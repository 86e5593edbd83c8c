package app.strategyworkbook.ui.chart;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;

/**
 * JavaFX's pie with a hole in its middle, as the slides draw the allocation: the hole takes the page's colour and holds
 * a word (the total). The hole is laid out with the slices, in the chart's own coordinates, after the pie has placed
 * its slices and labels.
 *
 * <p>JavaFX's pie shrinks itself to a 50 px ring to make room for its labels around it, and then piles the labels over
 * it (a narrow window, the checks drawer open, large text). This one keeps a readable size instead: it places its
 * labels around it only while they leave it at least {@link #MIN_RADIUS} (and its total room in the hole), and
 * otherwise draws no labels, saying so through {@link #labelsAroundProperty} so that a legend names the slices.
 */
final class DonutChart extends PieChart {
    /** The hole's share of the radius: the slides' donut. */
    private static final double HOLE = 0.55;
    /** The smallest radius the donut keeps to show its labels around it: a ring that still reads at a glance. */
    static final double MIN_RADIUS = 72;
    /** JavaFX's own gap between a label line's end and its label. */
    private static final double LABEL_TICK_GAP = 6;
    private final Circle hole = new Circle();
    private final Label centre = new Label();
    private final ReadOnlyBooleanWrapper labelsAround = new ReadOnlyBooleanWrapper(true);
    /** Whether each slice's label is drawn beside it: false when some were left off, too small to tell apart. */
    private final ReadOnlyBooleanWrapper everyLabelShown = new ReadOnlyBooleanWrapper(true);

    DonutChart() {
        hole.getStyleClass().add("donut-hole");
        centre.getStyleClass().add("donut-total");
        hole.setMouseTransparent(true);
        centre.setMouseTransparent(true);
        getChartChildren().addAll(hole, centre);
    }

    /** The words in the hole. */
    void centre(String words) {
        centre.setText(words);
        requestLayout();
    }

    /** True while the slices' labels stand around the donut; false while there is no room for them there. */
    ReadOnlyBooleanProperty labelsAroundProperty() {
        return labelsAround.getReadOnlyProperty();
    }

    /** True while every slice's label is on screen: JavaFX leaves out a label that would overlap its neighbour's. */
    ReadOnlyBooleanProperty everyLabelShownProperty() {
        return everyLabelShown.getReadOnlyProperty();
    }

    @Override
    protected void layoutChartChildren(double top, double left, double contentWidth, double contentHeight) {
        boolean around = roomForLabels(contentWidth, contentHeight);
        if (getLabelsVisible() != around) {
            setLabelsVisible(around); // read by the pie's layout just below
        }
        super.layoutChartChildren(top, left, contentWidth, contentHeight);
        Bounds all = null;
        for (Data slice : getData()) {
            if (slice.getNode() == null) {
                continue;
            }
            Bounds b = slice.getNode().getBoundsInParent();
            all = all == null ? b : new BoundingBox(Math.min(all.getMinX(), b.getMinX()),
                    Math.min(all.getMinY(), b.getMinY()),
                    Math.max(all.getMaxX(), b.getMaxX()) - Math.min(all.getMinX(), b.getMinX()),
                    Math.max(all.getMaxY(), b.getMaxY()) - Math.min(all.getMinY(), b.getMinY()));
        }
        boolean any = all != null && all.getWidth() > 0;
        hole.setVisible(any);
        if (any) {
            hole.setCenterX(all.getCenterX());
            hole.setCenterY(all.getCenterY());
            hole.setRadius(Math.min(all.getWidth(), all.getHeight()) / 2 * HOLE);
            hole.toFront();
            centre.toFront();
            centre.autosize();
            centre.relocate(all.getCenterX() - centre.getWidth() / 2, all.getCenterY() - centre.getHeight() / 2);
        }
        // The total is above the chart too: in a hole too small for it, it is left out rather than drawn over the ring.
        centre.setVisible(any && centre.getWidth() <= 2 * hole.getRadius());
        boolean everyOne = !around || labels().allMatch(Node::isVisible);
        // The legend beside the chart is another node's layout: changed after this pass, not during it.
        if (labelsAround.get() != around || everyLabelShown.get() != everyOne) {
            Platform.runLater(() -> {
                labelsAround.set(around);
                everyLabelShown.set(everyOne);
            });
        }
    }

    private java.util.stream.Stream<Text> labels() {
        return getChartChildren().stream().filter(n -> n instanceof Text && n.getStyleClass().contains("chart-pie-label"))
                .map(Text.class::cast);
    }

    /**
     * Whether the labels fit around a donut of at least {@link #MIN_RADIUS}, whose hole holds the total: the room
     * JavaFX's pie takes for them (each label's width and the line to it on either side; their height and the line
     * above and below), taken for the widest and tallest label whatever side it falls on.
     */
    private boolean roomForLabels(double width, double height) {
        double widest = 0;
        double tallest = 0;
        for (Text label : labels().toList()) {
            widest = Math.max(widest, label.getLayoutBounds().getWidth());
            tallest = Math.max(tallest, label.getLayoutBounds().getHeight());
        }
        if (widest == 0) {
            return true;
        }
        double radius = Math.max(MIN_RADIUS, centre.prefWidth(-1) / (2 * HOLE));
        double xPad = 2 * (widest + LABEL_TICK_GAP + getLabelLineLength());
        double yPad = 2 * (tallest + getLabelLineLength());
        return Math.min(width - xPad, height - yPad) / 2 >= radius;
    }
}
