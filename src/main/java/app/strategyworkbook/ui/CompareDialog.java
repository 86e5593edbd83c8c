package app.strategyworkbook.ui;

import app.strategyworkbook.format.Comparison;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Compare: the parts of the strategy that differ between the version open here and the one on disk, one at a time,
 * side by side as Markdown. It ends in the outside-change bar's choices: reload theirs, or keep mine.
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
        TextArea mine = text("mineText");
        TextArea theirs = text("theirsText");
        parts.getSelectionModel().selectedItemProperty().addListener((obs, was, part) -> {
            mine.setText(part == null ? "" : part.mine());
            theirs.setText(part == null ? "" : part.theirs());
        });
        parts.getSelectionModel().selectFirst();
        SplitPane sides = new SplitPane(column("Yours, open here", mine), column("On disk", theirs));
        SplitPane all = new SplitPane(parts, sides);
        all.setDividerPositions(0.22);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Compare with " + fileName);
        dialog.setHeaderText(fileName + " on disk differs from yours in " + differences.size()
                + (differences.size() == 1 ? " part" : " parts") + ". Choose a part to see both versions.");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("compareDialog");
        dialog.getDialogPane().setContent(all);
        dialog.getDialogPane().setPrefSize(1100, 640);
        dialog.getDialogPane().getButtonTypes().setAll(RELOAD, KEEP_MINE);
        return dialog.showAndWait();
    }

    private static TextArea text(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    private static VBox column(String title, TextArea text) {
        Label label = new Label(title);
        label.getStyleClass().add("compare-side");
        return new VBox(6, label, text);
    }
}
