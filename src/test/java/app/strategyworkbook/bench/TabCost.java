package app.strategyworkbook.bench;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.ui.section.SectionEditor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Scratch measurement: what building, styling and laying out each tab costs for a large strategy. */
public final class TabCost {
    private TabCost() {
    }

    public static void main(String[] args) throws Exception {
        var doc = LargeStrategies.ofSize(800_000);
        Platform.startup(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
            for (SectionEditor editor : SectionEditor.all(doc, new EditHistory())) {
                long t0 = System.nanoTime();
                var view = editor.view();
                long t1 = System.nanoTime();
                Stage stage = new Stage();
                stage.setScene(new Scene(new StackPane(view), 1200, 800));
                view.applyCss();
                long t2 = System.nanoTime();
                stage.getScene().getRoot().layout();
                long t3 = System.nanoTime();
                System.out.printf("%-12s build %5d ms, css %5d ms, layout %5d ms%n", editor.section().key(),
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            }
            Platform.exit();
        });
    }
}
