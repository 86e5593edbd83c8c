package app.strategyworkbook.ui.chart;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.KeyRisks;
import app.strategyworkbook.model.RiskScale;
import app.strategyworkbook.model.Risk;
import app.strategyworkbook.words.Plural;
import java.util.List;
import java.util.Optional;
import app.strategyworkbook.ui.field.FrameByFrame;
import app.strategyworkbook.ui.field.HoverTip;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Risks by likelihood and impact. Each risk is a numbered chip in its cell (its text and mitigation on hover); cells
 * are shaded by severity and say it in words; risks without readable levels wait in "Unscored". Choosing a chip chooses
 * the risk's row in the table and the other way round. Dragging a chip to another cell, or moving it with the arrow
 * keys, re-scores the risk in one undoable edit, writing the level as the strategy's scale names it. The matrix has a
 * row per level of the strategy's likelihood scale and a column per level of its impact scale (3 x 4 for the
 * template's, 5 x 5 for a 1–5 register), and follows them when they change.
 */
public final class RiskMatrix {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** Severity from the sum of the two levels' positions; words first, so colour is never the only cue. */
    private static final List<String> SEVERITY = List.of("Low", "Low", "Moderate", "High", "Severe", "Severe");

    private final KeyRisks risks;
    private final EditHistory history;
    private final TableView<Risk> table;
    private final GridPane grid = new GridPane();
    private final FlowPane unscored = new FlowPane(6, 6);
    private final VBox legend = new VBox(2);
    /** A cell's width before the matrix shares out the form's, and the least it narrows to at the largest text. */
    private static final double CELL_WIDTH = 110;
    private static final double MIN_CELL_WIDTH = 56;
    private final VBox view;
    /** The chip of each risk on the matrix, by identity: two risks may be worded alike. */
    private final java.util.Map<Risk, Label> chips = new java.util.IdentityHashMap<>();
    private List<String> lastShown;

    public RiskMatrix(KeyRisks risks, EditHistory history, TableView<Risk> table) {
        this.risks = risks;
        this.history = history;
        this.table = table;
        grid.setId("riskMatrix");
        grid.getStyleClass().add("risk-matrix");
        unscored.setId("riskMatrix-unscored");
        unscored.getStyleClass().add("unscored-tray");
        Label tray = new Label("Unscored: risks without a likelihood and impact the app can read");
        tray.getStyleClass().add("field-label");
        tray.setId("riskMatrix-unscoredTitle");
        // The tray and its title show only while some risk waits in it: an empty grey bar says nothing.
        unscored.managedProperty().bind(unscored.visibleProperty());
        tray.visibleProperty().bind(unscored.visibleProperty());
        tray.managedProperty().bind(unscored.visibleProperty());
        legend.setId("riskMatrix-legend");
        view = new VBox(8, grid, tray, unscored, legend);
        view.getStyleClass().add("risk-matrix-view");
        // A strategy of thousands of risks fills each cell with chips: the cells come on screen a few at a time.
        FrameByFrame.partByPart(view);
        FrameByFrame.partByPart(grid);
        PngExport.offer(grid, "riskMatrix", "risk-matrix.png");
        FollowItems.follow(risks.getRisks(),
                risk -> List.of(risk.riskProperty(), risk.likelihoodProperty(), risk.impactProperty()), this::rebuild);
        risks.getLikelihoodScale().addListener((javafx.collections.ListChangeListener<String>) c -> rebuild());
        risks.getImpactScale().addListener((javafx.collections.ListChangeListener<String>) c -> rebuild());
        // Choosing a row only moves the highlight: with thousands of risks, a rebuild would be felt on every click.
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            highlight(was, false);
            highlight(is, true);
        });
        rebuild();
    }

    public VBox view() {
        return view;
    }

    private void highlight(Risk risk, boolean chosen) {
        Label chip = risk == null ? null : chips.get(risk);
        if (chip != null) {
            chip.pseudoClassStateChanged(CHOSEN, chosen);
        }
    }

    /**
     * What the matrix shows of each risk: its name and the levels that place it. An edit elsewhere in the strategy
     * (typing in another tab) leaves it the same, and the matrix is then not made again.
     */
    private List<String> shown() {
        List<String> shown = new java.util.ArrayList<>();
        shown.add(risks.likelihoodScale() + "\n" + risks.impactScale());
        for (Risk risk : risks.getRisks()) {
            shown.add(risk.getRisk() + "\n" + risks.likelihood(risk) + "\n" + risks.impact(risk));
        }
        return shown;
    }

    private void rebuild() {
        List<String> now = shown();
        if (now.equals(lastShown)) {
            return;
        }
        lastShown = now;
        // The chips are made anew; the one that had the focus keeps it, so arrow keys go on moving it.
        String focused = grid.getScene() != null && grid.getScene().getFocusOwner() != null
                && grid.getScene().getFocusOwner().getStyleClass().contains("risk-chip")
                ? grid.getScene().getFocusOwner().getId() : null;
        build();
        if (focused != null) {
            focusChip(focused);
        }
    }

    private void focusChip(String id) {
        var chip = view.lookup("#" + id);
        if (chip != null) {
            chip.requestFocus();
        }
    }

    private void build() {
        RiskScale rows = risks.likelihoodScale();
        RiskScale columns = risks.impactScale();
        // Each risk's levels are read once, not once per cell: a strategy can have thousands of risks.
        java.util.Map<List<Integer>, List<Integer>> byCell = new java.util.HashMap<>();
        List<Risk> risksNow = risks.getRisks();
        for (int i = 0; i < risksNow.size(); i++) {
            var l = risks.likelihood(risksNow.get(i));
            var m = risks.impact(risksNow.get(i));
            if (l.isPresent() && m.isPresent()) {
                byCell.computeIfAbsent(List.of(l.getAsInt(), m.getAsInt()), k -> new java.util.ArrayList<>()).add(i);
            }
        }
        grid.getChildren().clear();
        chips.clear();
        unscored.getChildren().clear();
        legend.getChildren().clear();
        grid.getColumnConstraints().clear();
        javafx.scene.layout.ColumnConstraints axis = new javafx.scene.layout.ColumnConstraints();
        axis.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(axis);
        // The impact columns share the width equally, each from the same preferred width, and may narrow: a share
        // in per cent would make the grid as wide as its widest label divided by that share (over 1,000 px at the
        // largest text), and the form would scroll sideways with the last column out of view.
        for (int c = 0; c < columns.size(); c++) {
            javafx.scene.layout.ColumnConstraints equal = new javafx.scene.layout.ColumnConstraints(
                    MIN_CELL_WIDTH, CELL_WIDTH, Double.MAX_VALUE);
            equal.setHgrow(Priority.ALWAYS);
            equal.setFillWidth(true);
            grid.getColumnConstraints().add(equal);
        }
        for (int c = 0; c < columns.size(); c++) {
            Label head = new Label("Impact: " + columns.label(c));
            head.getStyleClass().add("matrix-axis");
            head.setWrapText(true); // "Impact:" over "Medium" where the column is narrow
            head.setMinWidth(0);
            grid.add(head, c + 1, rows.size());
        }
        for (int r = 0; r < rows.size(); r++) {
            int likelihood = rows.size() - 1 - r;
            Label head = new Label("Likelihood:\n" + rows.label(likelihood));
            head.getStyleClass().add("matrix-axis");
            head.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(head, 0, r);
            for (int c = 0; c < columns.size(); c++) {
                grid.add(cell(likelihood, c, rows, columns, byCell), c + 1, r);
            }
        }
        Label title = new Label("Risks");
        title.getStyleClass().add("field-label");
        legend.getChildren().add(title);
        List<Risk> all = risks.getRisks();
        int unscoredCount = 0;
        for (int i = 0; i < all.size(); i++) {
            Risk risk = all.get(i);
            if (i < MOST_SHOWN) {
                Label line = new Label((i + 1) + ". " + (risk.getRisk().isEmpty() ? "(unnamed risk)" : risk.getRisk()));
                line.setWrapText(true);
                legend.getChildren().add(line);
            }
            if (risks.likelihood(risk).isEmpty() || risks.impact(risk).isEmpty()) {
                if (unscoredCount++ < MOST_SHOWN) {
                    unscored.getChildren().add(chip(risk, i));
                }
            }
        }
        if (all.size() > MOST_SHOWN) {
            legend.getChildren().add(new Label("… and " + (all.size() - MOST_SHOWN)
                    + " more, all listed in the table above"));
        }
        if (unscoredCount > MOST_SHOWN) {
            unscored.getChildren().add(more(unscoredCount - MOST_SHOWN, "unscored"));
        }
        unscored.setVisible(unscoredCount > 0);
    }

    /**
     * The most chips a cell (or the legend, or the tray) shows. Thirty still read at a glance; a strategy of thousands
     * of risks shows the count in each cell and "+ n more", so the matrix stays quick to draw and to use, and the
     * table lists them all.
     */
    static final int MOST_SHOWN = 30;

    private static Label more(int count, String where) {
        Label more = new Label("+ " + count + " more");
        more.getStyleClass().add("risk-more");
        more.setTooltip(new Tooltip(Plural.of(count, "more risk") + " " + where + "; the table lists every risk"));
        return more;
    }

    private VBox cell(int likelihood, int impact, RiskScale rows, RiskScale columns,
                      java.util.Map<List<Integer>, List<Integer>> byCell) {
        int score = (int) Math.round(RiskScale.severity(likelihood, rows, impact, columns));
        FlowPane chips = new FlowPane(4, 4);
        List<Risk> all = risks.getRisks();
        List<Integer> here = byCell.getOrDefault(List.of(likelihood, impact), List.of());
        int count = here.size();
        for (int i : here.subList(0, Math.min(count, MOST_SHOWN))) {
            chips.getChildren().add(chip(all.get(i), i));
        }
        if (count > MOST_SHOWN) {
            chips.getChildren().add(more(count - MOST_SHOWN, "in this cell"));
        }
        Label words = new Label(SEVERITY.get(score) + (count == 0 ? "" : "  ·  " + count));
        words.getStyleClass().add("matrix-severity");
        VBox cell = new VBox(4, words, chips);
        cell.setId("riskMatrix-" + idOf(rows.label(likelihood)) + "-" + idOf(columns.label(impact)));
        cell.getStyleClass().addAll("matrix-cell", "severity-" + Math.min(score, 4));
        cell.setAccessibleText("Likelihood " + rows.label(likelihood) + ", impact " + columns.label(impact) + ": "
                + SEVERITY.get(score) + ", " + Plural.of(count, "risk"));
        cell.setMinSize(MIN_CELL_WIDTH, 70);
        cell.setPrefWidth(CELL_WIDTH);
        words.setMinWidth(0); // "Mode…" in a narrow cell at the largest text; the cell's accessible text says it whole
        GridPane.setHgrow(cell, Priority.ALWAYS);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setOnDragOver(e -> {
            if (e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        // The cell a chip would land in is outlined while the chip is over it.
        cell.setOnDragEntered(e -> cell.pseudoClassStateChanged(DROP_TARGET, e.getDragboard().hasString()));
        cell.setOnDragExited(e -> cell.pseudoClassStateChanged(DROP_TARGET, false));
        cell.setOnDragDropped(e -> {
            int index = Integer.parseInt(e.getDragboard().getString());
            move(risks.getRisks().get(index), index, likelihood, impact);
            e.setDropCompleted(true);
            e.consume();
        });
        return cell;
    }

    private Label chip(Risk risk, int index) {
        Label chip = new Label(String.valueOf(index + 1));
        chip.setId("riskChip-" + (index + 1));
        chip.getStyleClass().add("risk-chip");
        chip.setFocusTraversable(true);
        chip.setAccessibleText("Risk " + (index + 1) + ": " + risk.getRisk());
        // Its words are read on hover: an edit to the mitigation or owner alone does not make the matrix again.
        HoverTip.install(chip, () -> (index + 1) + ". " + risk.getRisk() + "\nLikelihood: " + risk.getLikelihood()
                + "   Impact: " + risk.getImpact() + "\nMitigation: " + risk.getMitigation()
                + (risk.getOwner().isEmpty() ? "" : "\nOwner: " + risk.getOwner()));
        chip.pseudoClassStateChanged(CHOSEN, table.getSelectionModel().getSelectedItem() == risk);
        chips.put(risk, chip);
        chip.setOnMouseClicked(e -> {
            chip.requestFocus();
            choose(risk);
        });
        chip.setOnDragDetected(e -> {
            var board = chip.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(String.valueOf(index));
            board.setContent(content);
            // The chip itself goes with the pointer, not the system's document icon.
            javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
            clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
            board.setDragView(chip.snapshot(clear, null), chip.getWidth() / 2, chip.getHeight() / 2);
            e.consume();
        });
        chip.setOnKeyPressed(e -> {
            int likelihood = risks.likelihood(risk).orElse(0);
            int impact = risks.impact(risk).orElse(0);
            if (e.getCode() == KeyCode.UP) {
                likelihood = Math.min(likelihood + 1, risks.likelihoodScale().size() - 1);
            } else if (e.getCode() == KeyCode.DOWN) {
                likelihood = Math.max(likelihood - 1, 0);
            } else if (e.getCode() == KeyCode.RIGHT) {
                impact = Math.min(impact + 1, risks.impactScale().size() - 1);
            } else if (e.getCode() == KeyCode.LEFT) {
                impact = Math.max(impact - 1, 0);
            } else if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                choose(risk);
                e.consume();
                return;
            } else {
                return;
            }
            move(risk, index, likelihood, impact);
            e.consume();
        });
        return chip;
    }

    /** A level's word as it stands in a cell's id: "riskMatrix-almost-certain-3". */
    private static String idOf(String level) {
        return level.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    /**
     * Re-scores a risk to the levels at these positions of the strategy's scales: its likelihood and impact change
     * together, as one edit, each written as the scale names it ("4", "Likely"), and it stays chosen.
     */
    public void move(Risk risk, int index, int likelihood, int impact) {
        history.asOneEdit("moving risk " + (index + 1), () -> {
            risk.setLikelihood(risks.likelihoodScale().value(likelihood, risk.getLikelihood()));
            risk.setImpact(risks.impactScale().value(impact, risk.getImpact()));
        });
        choose(risk);
    }

    private void choose(Risk risk) {
        table.getSelectionModel().select(risk);
        table.scrollTo(risk);
    }
}
