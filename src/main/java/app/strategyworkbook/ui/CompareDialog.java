package app.strategyworkbook.ui;

import app.strategyworkbook.words.Plural;
import app.strategyworkbook.format.Comparison;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Compare: the parts of the strategy that differ between the version open here and the one on disk, and for the
 * chosen part its lines, marked where only one version has them. It ends in the outside-change bar's choices:
 * reload theirs, or keep mine.
 */
final class CompareDialog {
    static final ButtonType RELOAD = new ButtonType("Reload Theirs", ButtonBar.ButtonData.OTHER);
    static final ButtonType KEEP_MINE = new ButtonType("Keep Mine", ButtonBar.ButtonData.CANCEL_CLOSE);

    private CompareDialog() {
    }

    static Optional<ButtonType> show(Window owner, String fileName, List<Comparison.Difference> differences) {
        ListView<Comparison.Difference> parts = new ListView<>();
        parts.setId("differingParts");
        parts.getItems().setAll(differences);
        parts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Comparison.Difference item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.part());
            }
        });
        VBox lines = new VBox();
        lines.setId("partLines");
        lines.getStyleClass().add("compare-lines");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        parts.getSelectionModel().selectedItemProperty().addListener((obs, was, part) -> {
            lines.getChildren().clear();
            if (part != null) {
                for (Comparison.Line line : part.lines()) {
                    lines.getChildren().add(line(line));
                }
                scroll.setVvalue(0);
            }
        });
        parts.getSelectionModel().selectFirst();
        Label key = new Label("Lines marked − are only in yours, open here; lines marked + are only in the file on disk.");
        key.setWrapText(true);
        VBox right = new VBox(6, key, scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        SplitPane all = new SplitPane(parts, right);
        all.setDividerPositions(0.24);
        // Wide enough to read a paragraph on one or two lines; never wider than the window it belongs to.
        all.setPrefSize(Math.min(1000, owner.getWidth() - 80), Math.min(560, owner.getHeight() - 200));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Compare with " + fileName);
        dialog.setHeaderText(fileName + " on disk differs from yours in "
                + Plural.of(differences.size(), "part") + ".");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("compareDialog");
        dialog.getDialogPane().setContent(all);
        dialog.getDialogPane().setMinSize(all.getPrefWidth() + 40, all.getPrefHeight() + 120);
        dialog.getDialogPane().getButtonTypes().setAll(RELOAD, KEEP_MINE);
        return dialog.showAndWait();
    }

    private static Label line(Comparison.Line line) {
        String mark = switch (line.side()) {
            case MINE -> "−  ";
            case THEIRS -> "+  ";
            case BOTH -> "    ";
        };
        Label label = new Label(mark + line.text());
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().addAll("compare-line", "compare-" + line.side().name().toLowerCase(java.util.Locale.ROOT));
        return label;
    }
}
