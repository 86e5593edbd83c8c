package app.strategyworkbook.ui.chart;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;

/**
 * JavaFX's pie with a hole in its middle, as the slides draw the allocation: the hole takes the page's colour and holds
 * a word (the total). The hole is laid out with the slices, in the chart's own coordinates, after the pie has placed
 * its slices and labels.
 */
final class DonutChart extends PieChart {
    /** The hole's share of the radius: the slides' donut. */
    private static final double HOLE = 0.55;
    private final Circle hole = new Circle();
    private final Label centre = new Label();

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

    @Override
    protected void layoutChartChildren(double top, double left, double contentWidth, double contentHeight) {
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
        centre.setVisible(any);
        if (any) {
            hole.setCenterX(all.getCenterX());
            hole.setCenterY(all.getCenterY());
            hole.setRadius(Math.min(all.getWidth(), all.getHeight()) / 2 * HOLE);
            hole.toFront();
            centre.toFront();
            centre.autosize();
            centre.relocate(all.getCenterX() - centre.getWidth() / 2, all.getCenterY() - centre.getHeight() / 2);
        }
    }
}
