package app.strategyworkbook.ui.chart;

import app.strategyworkbook.check.AllocationTotal;
import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.ResourceAllocation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The investment allocation as a donut, as the slides draw it: flat slices in the slides' colours, a slice per area,
 * labelled with area and percentage, a grey "Unallocated" slice when under 100, the total in its centre and above it,
 * in error whenever it is not exactly 100. It follows every change.
 */
public final class AllocationChart {
    /** Okabe-Ito colours, told apart by people with colour-blindness too; grey is kept for "Unallocated". */
    private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");
    private static final String UNALLOCATED_COLOUR = "#BBBBBB";

    /**
     * Colours the slices of any allocation pie the same way: areas in order from the palette, "Unallocated" grey.
     * Call after the pie has drawn its slices.
     */
    public static void colour(javafx.scene.chart.PieChart pie) {
        int area = 0;
        for (PieChart.Data slice : pie.getData()) {
            boolean unallocated = slice.getName().startsWith("Unallocated ");
            String colour = unallocated ? UNALLOCATED_COLOUR : PALETTE.get(area++ % PALETTE.size());
            if (slice.getNode() != null) {
                slice.getNode().setStyle("-fx-pie-color: " + colour + ";");
            }
        }
    }

    private final ResourceAllocation resources;
    private final DonutChart pie = new DonutChart();
    private final Label total = new Label();
    /** The slices named beside their colours, shown when the donut has no room for its labels around it. */
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(16, 6);
    private final VBox view;
    /** Each area keeps its colour while others change. */
    private final Map<String, String> colours = new HashMap<>();

    public AllocationChart(ResourceAllocation resources) {
        this.resources = resources;
        pie.setId("allocationChart");
        pie.setLegendVisible(false);
        pie.setLabelsVisible(true);
        pie.setAnimated(false);
        pie.setMinHeight(320);
        // Never narrower than the smallest donut with room for its total: the form scrolls sideways first.
        pie.setMinWidth(2 * DonutChart.MIN_RADIUS + 40);
        pie.setPrefHeight(360);
        pie.setAccessibleText("Investment allocation pie chart");
        total.setId("allocationTotal");
        total.getStyleClass().add("allocation-total");
        legend.setId("allocationLegend");
        legend.getStyleClass().add("allocation-legend");
        // Named in the legend while the labels are not all around the donut: no room for them at this size.
        legend.visibleProperty().bind(pie.labelsAroundProperty().not().or(pie.everyLabelShownProperty().not())
                .and(javafx.beans.binding.Bindings.isNotEmpty(legend.getChildren())));
        legend.managedProperty().bind(legend.visibleProperty());
        view = new VBox(total, pie, legend);
        view.getStyleClass().add("allocation-chart");
        PngExport.offer(pie, "allocationChart", "investment-allocation.png");
        FollowItems.follow(resources.getAllocations(),
                row -> List.of(row.areaProperty(), row.investmentProperty()), this::update);
        update();
    }

    public VBox view() {
        return view;
    }

    private void update() {
        AllocationTotal sum = AllocationTotal.of(resources);
        List<PieChart.Data> slices = new java.util.ArrayList<>();
        for (Allocation row : resources.getAllocations()) {
            AllocationTotal.usable(row.getInvestment()).filter(p -> p.signum() > 0).ifPresent(p -> slices.add(
                    new PieChart.Data(name(row) + " " + percent(p), p.doubleValue())));
        }
        BigDecimal unallocated = sum.unallocated();
        if (sum.anyNumber() && unallocated.signum() > 0) {
            slices.add(new PieChart.Data("Unallocated " + percent(unallocated), unallocated.doubleValue()));
        }
        show(slices);
        for (PieChart.Data slice : pie.getData()) {
            String colour = colourOfSlice(slice);
            // Flat, as on the slides: the theme's pie is shaded with a gradient.
            slice.getNode().setStyle("-fx-pie-color: " + colour + "; -fx-background-color: " + colour + ";");
        }
        legend.getChildren().clear();
        for (PieChart.Data slice : pie.getData()) {
            javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(12, 12);
            swatch.setStyle("-fx-fill: " + colourOfSlice(slice) + ";");
            Label entry = new Label(slice.getName(), swatch);
            entry.getStyleClass().add("allocation-legend-entry");
            legend.getChildren().add(entry);
        }
        pie.centre(!sum.anyNumber() ? "" : sum.totalText());
        total.setText(!sum.anyNumber() ? "No percentages yet"
                : "Total " + sum.totalText() + (sum.exact() ? "" : " - " + sum.gap()));
        total.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), sum.anyNumber() && !sum.exact());
        // No percentage yet is nothing to celebrate or to warn of: a quiet hint, not the total's green headline.
        total.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), !sum.anyNumber());
    }

    /**
     * Puts {@code slices} on the pie, changing the slices it has in place while their number stays the same. JavaFX's
     * pie places a slice's label only when the layout of all labels differs from the last one, so new slices of the
     * same sizes as the old ones (the same allocation drawn again) kept their labels piled in the corner.
     */
    private void show(List<PieChart.Data> slices) {
        var shown = pie.getData();
        if (shown.size() != slices.size()) {
            pie.setData(FXCollections.observableArrayList(slices));
            return;
        }
        for (int i = 0; i < slices.size(); i++) {
            PieChart.Data slice = shown.get(i);
            slice.setName(slices.get(i).getName());
            slice.setPieValue(slices.get(i).getPieValue());
        }
    }

    private String colourOfSlice(PieChart.Data slice) {
        return slice.getName().startsWith("Unallocated ") ? UNALLOCATED_COLOUR
                : colourOf(slice.getName().substring(0, slice.getName().lastIndexOf(' ')));
    }

    private String colourOf(String area) {
        return colours.computeIfAbsent(area, a -> PALETTE.get(colours.size() % PALETTE.size()));
    }

    private static String name(Allocation row) {
        return row.getArea().isEmpty() ? "(no area)" : row.getArea();
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    /** The slices as drawn, for tests: their labels. */
    public List<String> sliceNames() {
        return pie.getData().stream().map(PieChart.Data::getName).toList();
    }

    public String totalText() {
        return total.getText();
    }
}
