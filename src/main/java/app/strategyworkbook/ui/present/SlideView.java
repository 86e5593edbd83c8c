package app.strategyworkbook.ui.present;

import app.strategyworkbook.check.AllocationTotal;
import app.strategyworkbook.model.Level;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Slide;
import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;

/**
 * One slide, laid out at a fixed design size (1600 x 900 for 16:9, 1200 x 900 for 4:3) and scaled as a whole to the
 * screen, so text keeps its proportions on any projector and never wraps differently from what was checked.
 */
public final class SlideView {
    public static final double HEIGHT = 900;

    private SlideView() {
    }

    /** The slide as a node of the design size; {@code number} and {@code count} go in the footer. */
    public static Region render(Slide slide, StrategyDocument doc, int number, int count, boolean wide, boolean dark,
                                boolean finalStatus) {
        double width = wide ? 1600 : 1200;
        VBox body = new VBox(22);
        body.getStyleClass().add("slide-body");
        Label title = new Label(slide.title());
        title.setId("slide-title");
        title.getStyleClass().add("slide-title");
        title.setWrapText(true);
        body.getChildren().add(title);
        for (Slide.Block block : slide.blocks()) {
            body.getChildren().add(block(block, doc, width));
        }
        Label footer = new Label(number + " / " + count + "   ·   " + docTitle(doc));
        footer.setId("slide-footer");
        footer.getStyleClass().add("slide-footer");
        HBox foot = new HBox(footer);
        if (!finalStatus && !doc.getHeader().getStatus().isEmpty()) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label status = new Label(app.strategyworkbook.present.Deck.plainStatus(doc).toUpperCase());
            status.setId("slide-status");
            status.getStyleClass().add("slide-status");
            foot.getChildren().addAll(gap, status);
        }
        BorderPane page = new BorderPane(body, null, null, foot, null);
        page.getStyleClass().addAll("slide", dark ? "slide-dark" : "slide-light");
        page.setPrefSize(width, HEIGHT);
        page.setMinSize(width, HEIGHT);
        page.setMaxSize(width, HEIGHT);
        page.getStylesheets().add(SlideView.class.getResource("slides.css").toExternalForm());
        return page;
    }

    /** The slide scaled to fill {@code width} x {@code height}, centred, keeping its proportions. */
    public static StackPane fitted(Region slide, double width, double height) {
        double scale = Math.min(width / slide.getPrefWidth(), height / slide.getPrefHeight());
        slide.getTransforms().setAll(new Scale(scale, scale, 0, 0));
        StackPane pane = new StackPane(new javafx.scene.Group(slide));
        pane.setAlignment(Pos.CENTER);
        pane.getStyleClass().add("slide-stage");
        pane.setStyle("-fx-background-color: black;");
        return pane;
    }

    private static String docTitle(StrategyDocument doc) {
        return doc.getHeader().getTitle().isEmpty() ? "Company Strategy"
                : app.strategyworkbook.present.Deck.plainTitle(doc);
    }

    private static Node block(Slide.Block block, StrategyDocument doc, double width) {
        if (block instanceof Slide.Statement s) {
            Label label = small(s.label());
            Label text = new Label(s.text());
            text.setWrapText(true);
            text.getStyleClass().add("slide-statement");
            return new VBox(4, label, text);
        }
        if (block instanceof Slide.Bullets b) {
            VBox lines = new VBox(6);
            if (!b.heading().isEmpty()) {
                lines.getChildren().add(small(b.heading()));
            }
            for (String line : b.lines()) {
                Label bullet = new Label("•  " + line);
                bullet.setWrapText(true);
                bullet.getStyleClass().add("slide-bullet");
                lines.getChildren().add(bullet);
            }
            return lines;
        }
        if (block instanceof Slide.Facts f) {
            GridPane grid = new GridPane();
            grid.setHgap(24);
            grid.setVgap(6);
            for (int i = 0; i < f.facts().size(); i++) {
                Label label = small(f.facts().get(i).label());
                // The label keeps its width; the value beside it wraps.
                label.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(label, 0, i);
                Label value = new Label(f.facts().get(i).value());
                value.setWrapText(true);
                value.getStyleClass().add("slide-fact");
                grid.add(value, 1, i);
            }
            return grid;
        }
        if (block instanceof Slide.Table t) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("slide-table");
            for (int c = 0; c < t.headers().size(); c++) {
                ColumnConstraints column = new ColumnConstraints();
                column.setPercentWidth(100.0 / t.headers().size());
                grid.getColumnConstraints().add(column);
                Label head = new Label(t.headers().get(c));
                head.getStyleClass().add("slide-table-head");
                grid.add(head, c, 0);
            }
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> row = t.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Label cell = new Label(row.get(c));
                    cell.setWrapText(true);
                    cell.getStyleClass().add("slide-table-cell");
                    grid.add(cell, c, r + 1);
                }
            }
            return grid;
        }
        Slide.Chart chart = (Slide.Chart) block;
        return switch (chart.kind()) {
            case ALLOCATION -> allocation(doc);
            case RISK_MATRIX -> matrix(doc);
            case MARKET_SIZE -> marketSize(doc, width);
        };
    }

    private static Label small(String text) {
        Label label = new Label(text.toUpperCase());
        label.getStyleClass().add("slide-label");
        return label;
    }

    private static Node allocation(StrategyDocument doc) {
        AllocationTotal total = AllocationTotal.of(doc.getResources());
        PieChart pie = new PieChart();
        pie.setAnimated(false);
        pie.setLegendVisible(false);
        pie.setPrefSize(760, 470);
        pie.setId("slide-allocation");
        for (var row : doc.getResources().getAllocations()) {
            AllocationTotal.usable(row.getInvestment()).filter(p -> p.signum() > 0).ifPresent(p -> pie.getData().add(
                    new PieChart.Data(row.getArea() + " " + p.stripTrailingZeros().toPlainString() + "%",
                            p.doubleValue())));
        }
        BigDecimal left = total.unallocated();
        if (left.signum() > 0) {
            pie.getData().add(new PieChart.Data("Unallocated " + left.stripTrailingZeros().toPlainString() + "%",
                    left.doubleValue()));
        }
        app.strategyworkbook.ui.chart.AllocationChart.colour(pie);
        Label sum = new Label("Total " + total.totalText() + (total.exact() ? "" : " - " + total.gap()));
        sum.getStyleClass().addAll("slide-total", total.exact() ? "slide-total-ok" : "slide-total-off");
        return new VBox(8, sum, pie);
    }

    /** TAM, SAM and SOM as bars whose lengths are to scale, each with its amount as written. */
    private static Node marketSize(StrategyDocument doc, double width) {
        var c = doc.getContext();
        double tam = c.tamMoney().orElseThrow().amount().doubleValue();
        VBox bars = new VBox(10);
        bars.setId("slide-market-size");
        String[] names = {"TAM", "SAM", "SOM"};
        String[] texts = {c.getTam(), c.getSam(), c.getSom()};
        double[] amounts = {tam, c.samMoney().orElseThrow().amount().doubleValue(),
                c.somMoney().orElseThrow().amount().doubleValue()};
        double longest = width * 0.45;
        for (int i = 0; i < 3; i++) {
            Label name = small(names[i]);
            name.setMinWidth(60);
            Region bar = new Region();
            double length = tam <= 0 ? 0 : longest * Math.min(1, amounts[i] / tam);
            bar.setPrefSize(Math.max(4, length), 34);
            bar.setMinSize(Math.max(4, length), 34);
            bar.setStyle("-fx-background-color: " + new String[] {"#0072B2", "#56B4E9", "#009E73"}[i]
                    + "; -fx-background-radius: 4;");
            Label amount = new Label(app.strategyworkbook.present.Deck.plainText(texts[i]));
            amount.setWrapText(true);
            amount.getStyleClass().add("slide-fact");
            HBox row = new HBox(14, name, bar, amount);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(amount, Priority.ALWAYS);
            bars.getChildren().add(row);
        }
        return bars;
    }

    private static Node matrix(StrategyDocument doc) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setId("slide-matrix");
        List<Level> rows = Level.LIKELIHOOD;
        List<Level> columns = Level.IMPACT;
        List<Risk> risks = doc.getRisks().getRisks();
        for (int c = 0; c < columns.size(); c++) {
            grid.add(small("Impact\n" + columns.get(c).label()), c + 1, rows.size());
        }
        for (int r = 0; r < rows.size(); r++) {
            Level likelihood = rows.get(rows.size() - 1 - r);
            Label axis = small("Likelihood\n" + likelihood.label());
            axis.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(axis, 0, r);
            for (int c = 0; c < columns.size(); c++) {
                StringBuilder numbers = new StringBuilder();
                for (int i = 0; i < risks.size(); i++) {
                    Risk risk = risks.get(i);
                    if (risk.likelihoodLevel().orElse(null) == likelihood
                            && risk.impactLevel().orElse(null) == columns.get(c)) {
                        numbers.append(numbers.length() == 0 ? "" : "  ").append(i + 1);
                    }
                }
                Label cell = new Label(numbers.toString());
                cell.getStyleClass().addAll("slide-matrix-cell", "severity-" + Math.min(rows.size() - 1 - r + c, 4));
                cell.setPrefSize(200, 86);
                cell.setWrapText(true);
                grid.add(cell, c + 1, r);
            }
        }
        VBox legend = new VBox(4);
        for (int i = 0; i < risks.size(); i++) {
            if (!risks.get(i).getRisk().isEmpty()) {
                Label line = new Label((i + 1) + ". " + app.strategyworkbook.present.Deck.plainText(
                        risks.get(i).getRisk()));
                line.setWrapText(true);
                line.getStyleClass().add("slide-legend");
                legend.getChildren().add(line);
            }
        }
        HBox both = new HBox(28, grid, legend);
        HBox.setHgrow(legend, Priority.ALWAYS);
        return both;
    }
}
