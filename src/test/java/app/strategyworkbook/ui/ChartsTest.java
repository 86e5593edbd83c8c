package app.strategyworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.model.Allocation;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.ui.chart.PngExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;

/** The allocation pie chart and the risk matrix, following the model and editing it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChartsTest extends ExampleWindowTest {
    private static final String PREFS = "app/strategyworkbook/test-charts";

    @Override
    String preferences() {
        return PREFS;
    }

    private void tab(String key) {
        robot.clickOn("#outline-" + key);
        OpenWorkbook.whole(stage);
    }

    private String total() {
        return robot.lookup("#allocationTotal").queryAs(Label.class).getText();
    }

    private boolean totalInError() {
        return robot.lookup("#allocationTotal").queryAs(Label.class).getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("error"));
    }

    private java.util.List<String> slices() {
        return robot.lookup("#allocationChart").queryAs(PieChart.class).getData().stream()
                .map(PieChart.Data::getName).toList();
    }

    @Test
    void thePieFollowsThePercentagesAndTheErrorGoesAtExactlyHundred() {
        tab("resources");
        assertEquals("Total 100%", total());
        assertFalse(totalInError());
        TableView<?> table = robot.lookup("#resources-allocations").queryAs(TableView.class);
        Allocation ops = (Allocation) table.getItems().get(4);
        robot.interact(() -> ops.setInvestment("0"));
        assertEquals("Total 95% - 5% unallocated", total());
        assertTrue(totalInError());
        assertTrue(slices().contains("Unallocated 5%"), slices().toString());
        assertFalse(slices().stream().anyMatch(s -> s.startsWith("Operations")), "a 0% area has no slice");
        robot.interact(() -> ops.setInvestment("15.5%"));
        assertEquals("Total 110.5% - 10.5% over", total());
        assertTrue(slices().contains("Operations & Admin 15.5%"));
        assertFalse(slices().stream().anyMatch(s -> s.startsWith("Unallocated")));
        robot.interact(() -> ops.setInvestment("5 %"));
        assertEquals("Total 100%", total());
        assertFalse(totalInError());
    }

    @Test
    void anAllocationWithoutPercentagesSaysSoQuietly() {
        tab("resources");
        TableView<?> table = robot.lookup("#resources-allocations").queryAs(TableView.class);
        Label total = robot.lookup("#allocationTotal").queryAs(Label.class);
        double headline = total.getFont().getSize();
        var success = total.getTextFill();
        robot.interact(() -> table.getItems().forEach(row -> ((Allocation) row).setInvestment("")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No percentages yet", total());
        assertFalse(totalInError());
        assertTrue(total.getFont().getSize() < headline, "not the total's headline size: " + total.getFont());
        assertFalse(total.getFont().getStyle().contains("Bold"), "not bold: " + total.getFont());
        assertFalse(total.getTextFill().equals(success), "not the total's green: " + total.getTextFill());
        robot.interact(() -> ((Allocation) table.getItems().get(0)).setInvestment("100%"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(headline, total.getFont().getSize(), "a total is a headline again");
    }

    /**
     * Each visible label of the pie stands at the end of its slice's label line: beside the middle of its slice, just
     * outside the pie, on the slice's side. A label left at the chart's corner (where JavaFX put new labels of a pie
     * drawn again with the same sizes) fails here.
     */
    private void assertLabelsBesideTheirSlices(String after) {
        PieChart pie = robot.lookup("#allocationChart").queryAs(PieChart.class);
        robot.interact(() -> {
            int checked = 0;
            for (PieChart.Data slice : pie.getData()) {
                var region = (javafx.scene.layout.Region) slice.getNode();
                var arc = (javafx.scene.shape.Arc) region.getShape();
                var label = pie.lookupAll(".chart-pie-label").stream()
                        .map(javafx.scene.text.Text.class::cast)
                        .filter(t -> t.getText().equals(slice.getName())).findFirst().orElseThrow();
                if (!label.isVisible()) {
                    continue; // JavaFX hides the smaller of two labels that would overlap
                }
                double middle = Math.toRadians(arc.getStartAngle() + arc.getLength() / 2);
                double reach = arc.getRadiusX() + pie.getLabelLineLength();
                var centre = region.localToScene(0, 0);
                double endX = centre.getX() + Math.cos(middle) * reach;
                double endY = centre.getY() - Math.sin(middle) * reach;
                var box = label.localToScene(label.getBoundsInLocal());
                boolean left = Math.cos(middle) < 0;
                double nearEdge = left ? box.getMaxX() : box.getMinX();
                assertTrue(Math.abs(nearEdge - endX) < 25 && Math.abs(box.getCenterY() - endY) < 25,
                        after + ": \"" + slice.getName() + "\" is at " + box + ", its slice's line ends at ("
                                + Math.round(endX) + ", " + Math.round(endY) + ")");
                checked++;
            }
            assertTrue(checked >= 3 || legendNamesEverySlice(pie), after + ": the labels are shown, or a legend");
        });
    }

    /** Whether the legend beside the donut is shown and names each slice. */
    private boolean legendNamesEverySlice(PieChart pie) {
        var legend = (javafx.scene.layout.Pane) robot.lookup("#allocationLegend").query();
        var named = legend.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        return legend.isVisible() && named.equals(pie.getData().stream().map(PieChart.Data::getName).toList());
    }

    /**
     * The donut keeps a readable size, its total fits in its hole, and every slice is named where it can be read: by
     * a label around the donut that overlaps neither another label nor the ring, or in the legend, whose entries do
     * not overlap either.
     */
    private void assertDonutReadable(String when) {
        WaitForAsyncUtils.waitForFxEvents();
        PieChart pie = robot.lookup("#allocationChart").queryAs(PieChart.class);
        robot.interact(() -> {
            var first = (javafx.scene.layout.Region) pie.getData().get(0).getNode();
            double radius = ((javafx.scene.shape.Arc) first.getShape()).getRadiusX();
            assertTrue(radius >= 72, when + ": the donut's radius is " + radius);
            var centre = first.localToScene(0, 0);
            var total = pie.lookup(".donut-total");
            var hole = (javafx.scene.shape.Circle) pie.lookup(".donut-hole");
            if (total.isVisible()) {
                assertTrue(total.getLayoutBounds().getWidth() <= 2 * hole.getRadius(), when + ": the total fits its hole");
            }
            List<Bounds> boxes = new ArrayList<>();
            java.util.Set<String> named = new java.util.HashSet<>();
            for (Node n : pie.lookupAll(".chart-pie-label")) {
                if (n.isVisible()) {
                    Bounds box = n.localToScene(n.getBoundsInLocal());
                    double nearestX = Math.max(box.getMinX(), Math.min(centre.getX(), box.getMaxX()));
                    double nearestY = Math.max(box.getMinY(), Math.min(centre.getY(), box.getMaxY()));
                    assertTrue(Math.hypot(nearestX - centre.getX(), nearestY - centre.getY()) >= radius,
                            when + ": \"" + ((javafx.scene.text.Text) n).getText() + "\" lies over the ring");
                    boxes.add(box);
                    named.add(((javafx.scene.text.Text) n).getText());
                }
            }
            var legend = robot.lookup("#allocationLegend").query();
            if (legend.isVisible()) {
                for (Node entry : ((javafx.scene.layout.Pane) legend).getChildren()) {
                    boxes.add(entry.localToScene(entry.getBoundsInLocal()));
                    named.add(((Label) entry).getText());
                }
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    Bounds a = boxes.get(i);
                    Bounds b = boxes.get(j);
                    boolean overlap = a.getMinX() < b.getMaxX() - 1 && b.getMinX() < a.getMaxX() - 1
                            && a.getMinY() < b.getMaxY() - 1 && b.getMinY() < a.getMaxY() - 1;
                    assertFalse(overlap, when + ": labels overlap: " + a + " and " + b);
                }
            }
            assertEquals(new java.util.HashSet<>(slices()), named, when + ": every slice is named");
        });
    }

    /** Whether the form around the risk matrix shows all of its width: nothing to scroll sideways to. */
    private void assertMatrixFitsTheForm(String when) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.Node matrix = robot.lookup("#riskMatrix-legend").query().getParent();
            javafx.scene.Parent p = matrix.getParent();
            while (!(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            javafx.scene.control.ScrollPane form = (javafx.scene.control.ScrollPane) p;
            form.layout();
            double content = form.getContent().getLayoutBounds().getWidth();
            double view = form.getViewportBounds().getWidth();
            assertTrue(content <= view + 1, when + ": the form is " + content + " px wide in a view of " + view);
            javafx.geometry.Bounds inForm = form.getContent().sceneToLocal(matrix.localToScene(matrix.getLayoutBounds()));
            assertTrue(inForm.getMaxX() <= view + 1, when + ": the matrix ends at " + inForm.getMaxX()
                    + " px, past the view's " + view);
        });
    }

    @Test
    void theRiskMatrixFitsTheFormAtTheLargestTextOnASmallScreen() {
        double width = stage.getWidth();
        double height = stage.getHeight();
        try {
            tab("risks");
            for (int i = 0; i < 12; i++) {
                robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
            }
            robot.interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            OpenWorkbook.whole(stage);
            if (robot.lookup(".check-panel").tryQuery().map(n -> n.getScene() != null).orElse(false)) {
                robot.push(KeyCode.F8);
            }
            assertMatrixFitsTheForm("largest text, 1024x768");
        } finally {
            robot.interact(() -> {
                stage.setWidth(width); // the next test's window is this one's stage again
                stage.setHeight(height);
            });
        }
    }

    @Test
    void theDonutKeepsAReadableSizeWithItsLabelsApartAtTheLargestText() {
        double width = stage.getWidth();
        double height = stage.getHeight();
        try {
            tab("resources");
            for (int i = 0; i < 12; i++) {
                robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
            }
            assertTrue(robot.lookup(".workbook").query().getStyle().contains("24"), "the largest text");
            OpenWorkbook.whole(stage);
            assertDonutReadable("largest text");
            robot.interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            if (robot.lookup(".check-panel").tryQuery().map(n -> n.getScene() == null).orElse(true)) {
                robot.push(KeyCode.F8);
            }
            assertTrue(robot.lookup(".check-panel").tryQuery().isPresent(), "the checks panel is open");
            assertDonutReadable("largest text, 1024x768, checks open");
            robot.clickOn("#menu-view");
            robot.clickOn("#menu-dark");
            assertDonutReadable("largest text, 1024x768, checks open, dark");
            // The headless screen is 1280x800: the widest window the test can have (1920x1080 was looked at on a
            // display); the checks panel closed, the form at its widest.
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(800);
            });
            robot.push(KeyCode.F8);
            assertDonutReadable("largest text, 1280x800, checks closed");
            for (int i = 0; i < 14; i++) {
                robot.push(KeyCode.CONTROL, KeyCode.MINUS);
            }
            assertDonutReadable("smallest text, 1280x800");
            robot.interact(() -> {
                stage.setWidth(1024);
                stage.setHeight(768);
            });
            assertDonutReadable("smallest text, 1024x768");
            robot.push(KeyCode.F8);
            assertDonutReadable("smallest text, 1024x768, checks open");
        } finally {
            robot.interact(() -> {
                WorkbookWindow.useTheme(false);
                stage.setWidth(width); // the next test's window is this one's stage again
                stage.setHeight(height);
            });
        }
    }

    @Test
    void thePieLabelsStayBesideTheirSlicesThroughSaveUndoTabsThemeAndResize() throws Exception {
        tab("resources");
        assertLabelsBesideTheirSlices("when first shown");
        robot.interact(() -> OpenWorkbook.window(stage).workbook().document().getOverview().setVision("Sooner."));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.getTitle().startsWith("• "));
        WaitForAsyncUtils.waitForFxEvents();
        assertLabelsBesideTheirSlices("after a save");
        TableView<?> table = robot.lookup("#resources-allocations").queryAs(TableView.class);
        robot.interact(() -> ((Allocation) table.getItems().get(4)).setInvestment("15%"));
        assertLabelsBesideTheirSlices("after an edit");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertLabelsBesideTheirSlices("after undo");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertLabelsBesideTheirSlices("after redo");
        robot.interact(() -> ((Allocation) table.getItems().get(4)).setInvestment("5%"));
        robot.interact(() -> ((Allocation) table.getItems().get(4)).setInvestment("5 %"));
        assertLabelsBesideTheirSlices("after a percentage written another way, the same sizes drawn again");
        tab("risks");
        tab("resources");
        assertLabelsBesideTheirSlices("after another tab");
        robot.clickOn("#menu-view");
        robot.clickOn("Dark Theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertLabelsBesideTheirSlices("in the dark theme");
        double width = stage.getWidth();
        try {
            robot.interact(() -> stage.setWidth(1024));
            WaitForAsyncUtils.waitForFxEvents();
            assertLabelsBesideTheirSlices("at 1024 wide");
        } finally {
            robot.interact(() -> stage.setWidth(width)); // the next test's window is this one's stage again
        }
        Path strategy = dir.resolve("strategy.md");
        Files.writeString(strategy, Files.readString(strategy).replace("| Customer Success | 10% |",
                "| Customer Success | 10% |").replace("Sooner.", "Later."));
        Files.setLastModifiedTime(strategy, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 2000));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#reloadFromDisk").tryQuery()
                .map(Node::isVisible).orElse(false));
        robot.clickOn("#reloadFromDisk");
        WaitForAsyncUtils.waitForFxEvents();
        tab("resources");
        assertLabelsBesideTheirSlices("after a reload");
    }

    @Test
    void movingAChipReScoresTheRiskInTheTableAndUndoRestoresIt() {
        tab("risks");
        TableView<?> table = robot.lookup("#risks-risks").queryAs(TableView.class);
        Risk first = (Risk) table.getItems().get(0);
        assertEquals("Medium", first.getLikelihood());
        robot.clickOn("#riskChip-1");
        assertEquals(first, table.getSelectionModel().getSelectedItem(), "choosing a chip chooses its row");
        robot.push(KeyCode.UP);
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("High", first.getLikelihood());
        assertEquals("Critical", first.getImpact());
        assertTrue(robot.lookup("#riskMatrix-high-critical #riskChip-1").tryQuery().isPresent(),
                "the chip stands in its new cell");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("High", first.getLikelihood(), "each arrow key is one edit");
        assertEquals("High", first.getImpact());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Medium", first.getLikelihood());
        assertEquals("High", first.getImpact());
        assertFalse(stage.getTitle().startsWith("• "));
    }

    @Test
    void choosingARowMovesTheHighlightAndHoveringReadsTheRiskAsItIsNow() {
        tab("risks");
        TableView<?> table = robot.lookup("#risks-risks").queryAs(TableView.class);
        Risk first = (Risk) table.getItems().get(0);
        Node chip1 = robot.lookup("#riskChip-1").query();
        Node chip2 = robot.lookup("#riskChip-2").query();
        PseudoClass chosen = PseudoClass.getPseudoClass("chosen");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> table.getSelectionModel().select(1));
        assertTrue(chip2.getPseudoClassStates().contains(chosen));
        assertFalse(chip1.getPseudoClassStates().contains(chosen));
        assertEquals(chip1, robot.lookup("#riskChip-1").query(), "choosing a row does not make the chips again");

        robot.moveTo("#riskChip-1");
        WaitForAsyncUtils.waitForFxEvents();
        Label chip = (Label) chip1;
        assertTrue(chip.getTooltip().getText().startsWith("1. " + first.getRisk()), chip.getTooltip().getText());
        robot.interact(() -> first.setMitigation("Two suppliers for every part"));
        assertEquals(chip1, robot.lookup("#riskChip-1").query(), "a new mitigation leaves the matrix as it was");
        robot.moveTo("#risks-risks");
        robot.moveTo("#riskChip-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chip.getTooltip().getText().contains("Mitigation: Two suppliers for every part"),
                chip.getTooltip().getText());

        // A table cell too narrow for its text shows the whole of it on hover.
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#risks-risks .table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> c.getItem() instanceof String text
                        && text.length() > 30)
                .query();
        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(cell.getItem(), cell.getTooltip().getText());
    }

    @Test
    void draggingAChipToAnotherCellReScoresTheRisk() {
        tab("risks");
        TableView<?> table = robot.lookup("#risks-risks").queryAs(TableView.class);
        Risk fourth = (Risk) table.getItems().get(3);
        Node chip = robot.lookup("#riskChip-4").query();
        Node target = robot.lookup("#riskMatrix-medium-low").query();
        robot.interact(() -> {
            var scroll = (javafx.scene.control.ScrollPane) robot.lookup(".form-scroll").queryAll().stream()
                    .filter(n -> n.getScene() != null && n.isVisible() && n.lookup("#riskMatrix") != null)
                    .findFirst().orElseThrow();
            scroll.setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag(chip).dropTo(target);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Medium", fourth.getLikelihood());
        assertEquals("Low", fourth.getImpact());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Low", fourth.getLikelihood(), "one undo puts both levels back");
        assertEquals("High", fourth.getImpact());
    }

    @Test
    void aCellOfHundredsOfRisksShowsThirtyChipsAndHowManyMore() {
        tab("risks");
        TableView<?> table = robot.lookup("#risks-risks").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        var rows = (javafx.collections.ObservableList<Risk>) table.getItems();
        robot.interact(() -> {
            for (int i = 0; i < 500; i++) {
                Risk risk = new Risk();
                risk.setRisk("Generated risk " + i);
                risk.setLikelihood("Low");
                risk.setImpact("Low");
                rows.add(risk);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30, robot.lookup("#riskMatrix-low-low .risk-chip").queryAll().size(),
                "the first thirty, still readable");
        assertEquals("+ 470 more", robot.lookup("#riskMatrix-low-low .risk-more").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#riskMatrix-low-low").queryAs(Node.class).getAccessibleText().endsWith("500 risks"),
                "the count says them all");
    }

    @Test
    void choosingARowChoosesItsChipAndUnreadableLevelsWaitInTheTray() {
        tab("risks");
        TableView<?> table = robot.lookup("#risks-risks").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        Node chip = robot.lookup("#riskChip-3").query();
        assertTrue(chip.getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));
        Node tray = robot.lookup("#riskMatrix-unscored").query();
        Node trayTitle = robot.lookup("#riskMatrix-unscoredTitle").query();
        assertFalse(tray.isVisible() || tray.isManaged() || trayTitle.isVisible(),
                "every risk is scored: no empty Unscored bar");
        robot.interact(() -> ((Risk) table.getItems().get(1)).setLikelihood("Maybe"));
        assertTrue(robot.lookup("#riskMatrix-unscored #riskChip-2").tryQuery().isPresent());
        assertTrue(tray.isVisible() && tray.isManaged() && trayTitle.isVisible(), "a risk waits in the tray");
        robot.interact(() -> ((Risk) table.getItems().get(1)).setLikelihood("Medium"));
        assertFalse(tray.isVisible() || trayTitle.isVisible(), "scored again: the tray goes");
    }

    @Test
    void pillarMetricsShowProgressTowardTheirTargets() {
        tab("pillars");
        TableView<?> metrics = robot.lookup("#pillars-0-metrics").queryAs(TableView.class);
        var progress = metrics.getColumns().stream().filter(c -> "pillars-0-metrics-progress".equals(c.getId()))
                .findFirst().orElseThrow();
        assertEquals(5.0 / 12, ((Number) progress.getCellData(0)).doubleValue(), 0.001, "<5 minutes, now 12 min");
        var metric = (app.strategyworkbook.model.PillarMetric) metrics.getItems().get(1);
        robot.interact(() -> metric.setCurrent("60"));
        assertEquals(1.0, ((Number) progress.getCellData(1)).doubleValue(), 0.001, "follows the current value");
    }

    @Test
    void exportWritesAPictureOfTheChart() throws Exception {
        tab("resources");
        Path png = dir.resolve("pie.png");
        Node pie = robot.lookup("#allocationChart").query();
        var written = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<?>>();
        robot.interact(() -> written.set(PngExport.write(pie, png.toFile())));
        written.get().get(30, TimeUnit.SECONDS);
        var picture = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(picture.getWidth() >= pie.getBoundsInLocal().getWidth() * 2 - 2, "drawn at twice its size");
        assertTrue(picture.getHeight() > 300, "a chart-sized picture: " + picture.getHeight());

        // The example's areas in order, each in its palette colour (Okabe-Ito) with its percentage. The theme shades
        // a slice from a little lighter to a little darker than its colour, so a pixel counts for the colour it is
        // nearest, when near enough; the white around, the labels and the edges between slices count for none.
        int[] colours = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9};
        double[] percent = {45, 15, 25, 10, 5};
        long[] counted = new long[colours.length];
        long slicePixels = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int rgb = picture.getRGB(x, y);
                int nearest = -1;
                double nearestDistance = 60;
                for (int i = 0; i < colours.length; i++) {
                    int red = ((rgb >> 16) & 0xFF) - ((colours[i] >> 16) & 0xFF);
                    int green = ((rgb >> 8) & 0xFF) - ((colours[i] >> 8) & 0xFF);
                    int blue = (rgb & 0xFF) - (colours[i] & 0xFF);
                    double distance = Math.sqrt(red * red + green * green + blue * blue);
                    if (distance < nearestDistance) {
                        nearest = i;
                        nearestDistance = distance;
                    }
                }
                if (nearest >= 0) {
                    counted[nearest]++;
                    slicePixels++;
                }
            }
        }
        // A blank picture, one of a single colour, or a pie of other shares fails here.
        assertTrue(slicePixels > picture.getWidth() * picture.getHeight() / 20, "the slices fill a good part of it");
        for (int i = 0; i < colours.length; i++) {
            double share = 100.0 * counted[i] / slicePixels;
            assertEquals(percent[i], share, 2.0, "the share of the slice coloured #" + Integer.toHexString(colours[i])
                    + " among the slices' pixels");
        }
    }
}
