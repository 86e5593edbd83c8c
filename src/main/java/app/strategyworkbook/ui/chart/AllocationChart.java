package app.strategyworkbook.ui.chart;

import app.strategyworkbook.check.AllocationTotal;
import app.strategyworkbook.edit.EditHistory;
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
 * The investment allocation as a pie: a slice per area, labelled with area and percentage, a grey "Unallocated"
 * slice when under 100, and the total above it, in error whenever it is not exactly 100. It follows every change.
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
    private final PieChart pie = new PieChart();
    private final Label total = new Label();
    private final VBox view;
    /** Each area keeps its colour while others change. */
    private final Map<String, String> colours = new HashMap<>();
    private final javafx.beans.value.ChangeListener<Number> onChange = (obs, was, is) -> update();

    public AllocationChart(ResourceAllocation resources, EditHistory history) {
        this.resources = resources;
        pie.setId("allocationChart");
        pie.setLegendVisible(false);
        pie.setLabelsVisible(true);
        pie.setAnimated(false);
        pie.setMinHeight(320);
        pie.setPrefHeight(360);
        pie.setAccessibleText("Investment allocation pie chart");
        total.setId("allocationTotal");
        total.getStyleClass().add("allocation-total");
        view = new VBox(total, pie);
        view.getStyleClass().add("allocation-chart");
        PngExport.offer(pie, "allocationChart", "investment-allocation.png");
        // Held weakly by the history, which outlives this document's tabs; held strongly by its view, on screen.
        view.getProperties().put(AllocationChart.class, this);
        history.changesProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onChange));
        update();
    }

    public VBox view() {
        return view;
    }

    private void update() {
        AllocationTotal sum = AllocationTotal.of(resources);
        var slices = FXCollections.<PieChart.Data>observableArrayList();
        for (Allocation row : resources.getAllocations()) {
            AllocationTotal.usable(row.getInvestment()).filter(p -> p.signum() > 0).ifPresent(p -> slices.add(
                    new PieChart.Data(name(row) + " " + percent(p), p.doubleValue())));
        }
        BigDecimal unallocated = sum.unallocated();
        if (sum.anyNumber() && unallocated.signum() > 0) {
            slices.add(new PieChart.Data("Unallocated " + percent(unallocated), unallocated.doubleValue()));
        }
        pie.setData(slices);
        for (int i = 0; i < slices.size(); i++) {
            PieChart.Data slice = slices.get(i);
            String colour = slice.getName().startsWith("Unallocated ") ? UNALLOCATED_COLOUR
                    : colourOf(slice.getName().substring(0, slice.getName().lastIndexOf(' ')));
            slice.getNode().setStyle("-fx-pie-color: " + colour + ";");
        }
        total.setText(!sum.anyNumber() ? "No percentages yet"
                : "Total " + sum.totalText() + (sum.exact() ? "" : " - " + sum.gap()));
        total.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), sum.anyNumber() && !sum.exact());
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
