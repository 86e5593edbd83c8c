package app.strategyworkbook.ui.present;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Slide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The deck's outline before presenting: a box per slide (a section's continued slides go with it). What is unticked
 * is saved with the document, in both formats, as one undoable edit.
 */
public final class SlideChooser {
    private SlideChooser() {
    }

    /** Asks which slides to show; true when the user chose to present. */
    public static boolean ask(StrategyDocument doc, Window owner) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (Slide slide : Deck.of(doc)) {
            sections.putIfAbsent(slide.key(), slide.title());
        }
        var hidden = doc.getPresentation().getHiddenSlides();
        VBox boxes = new VBox(6);
        List<CheckBox> checks = new ArrayList<>();
        sections.forEach((key, title) -> {
            CheckBox box = new CheckBox(title);
            box.setId("slide-choice-" + key);
            box.setUserData(key);
            box.setSelected(!hidden.contains(key));
            checks.add(box);
            boxes.getChildren().add(box);
        });
        ButtonType present = new ButtonType("Present", ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Present");
        dialog.setHeaderText("Choose the slides to show");
        ScrollPane scroll = new ScrollPane(boxes);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(460, Math.min(520, 40 + sections.size() * 30));
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("slideChooser");
        dialog.getDialogPane().getButtonTypes().addAll(present, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != present) {
            return false;
        }
        List<String> unticked = checks.stream().filter(c -> !c.isSelected()).map(c -> (String) c.getUserData())
                .toList();
        // Keys of sections that have no slide now (a section emptied since) stay chosen as they were.
        List<String> keep = hidden.stream().filter(k -> !sections.containsKey(k)).toList();
        List<String> choice = new ArrayList<>(keep);
        choice.addAll(unticked);
        if (!choice.equals(hidden)) {
            hidden.setAll(choice);
        }
        return true;
    }
}
