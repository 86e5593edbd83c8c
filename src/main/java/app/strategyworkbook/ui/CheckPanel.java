package app.strategyworkbook.ui;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.Severity;
import app.strategyworkbook.check.StrategyChecks;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.ui.field.HoverTip;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The findings of the checks, recomputed a moment after each change while the user types. Choosing a finding (click
 * or Enter) takes the user to its field.
 */
final class CheckPanel {
    private final ListView<Finding> list = new ListView<>();
    private final VBox view;
    private final StrategyChecks checks = new StrategyChecks();
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private StrategyDocument doc;

    CheckPanel(Consumer<Finding> goTo) {
        list.setId("checkPanel");
        list.setAccessibleText("Check findings");
        Label none = new Label("No findings: the strategy is complete and consistent.");
        none.setWrapText(true);
        none.setPadding(new javafx.geometry.Insets(12));
        list.setPlaceholder(none);
        list.setCellFactory(v -> {
            ListCell<Finding> cell = new ListCell<>() {
                @Override
                protected void updateItem(Finding f, boolean empty) {
                    super.updateItem(f, empty);
                    getStyleClass().removeAll("finding-error", "finding-warning");
                    if (empty || f == null) {
                        setText(null);
                        setGraphic(null);
                        return;
                    }
                    // Two short lines, the field and what is wrong; the whole finding, section and all, on hover.
                    setText(f.field() + "\n" + f.message());
                    // Cut at the panel's width (no sideways scrolling); widen the panel or hover to read more.
                    setPrefWidth(0);
                    getStyleClass().add(f.severity() == Severity.ERROR ? "finding-error" : "finding-warning");
                }
            };
            HoverTip.install(cell, () -> cell.isEmpty() || cell.getItem() == null ? null
                    : cell.getItem().section() + " > " + cell.getItem().describe()
                    .substring(cell.getItem().section().length() + 3));
            return cell;
        });
        // On release: choosing re-renders the cell, so a "clicked" event may never come.
        list.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getPickResult().getIntersectedNode() != null
                    && list.getSelectionModel().getSelectedItem() != null) {
                goTo.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                goTo.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Label title = new Label("Checks");
        title.getStyleClass().add("panel-title");
        view = new VBox(title, list);
        view.getStyleClass().add("check-panel");
        javafx.scene.layout.VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        settle.setOnFinished(e -> recheck());
    }

    /** Shows the findings of a document checked beforehand, as it opens. */
    void show(StrategyDocument document, List<Finding> found) {
        doc = document;
        findings.set(found);
        list.getItems().setAll(found);
    }

    /** Something changed: check again once the typing settles. */
    void changed() {
        settle.playFromStart();
    }

    private void recheck() {
        if (doc != null) {
            show(doc, checks.check(doc, LocalDate.now()));
        }
    }

    ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    VBox view() {
        return view;
    }
}
