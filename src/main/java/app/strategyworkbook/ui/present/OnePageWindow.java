package app.strategyworkbook.ui.present;

import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Drawing;
import app.strategyworkbook.present.OnePage;
import app.strategyworkbook.present.export.OnePageExport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The strategy on one page ({@link OnePage}) in a window of its own, drawn as the PDF and the picture are, with
 * buttons to save it as either. It shows the strategy as it was when opened; opening it again shows the edits since.
 */
public final class OnePageWindow {
    /** What the page can be saved as. */
    public enum Kind { PDF, PNG }

    private final Stage stage = new Stage();
    private final Drawing page;
    private final String title;

    /** @param save saves the page as the kind chosen to the file chosen, by {@link #write} off the FX thread */
    public OnePageWindow(StrategyDocument doc, Window owner, BiConsumer<Kind, Path> save) {
        this.page = OnePage.draw(doc);
        this.title = Deck.documentTitle(doc);
        stage.initOwner(owner);
        stage.setTitle("Strategy on One Page - " + Deck.documentTitle(doc));
        Button pdf = new Button("Save as PDF…");
        pdf.setId("onePage-pdf");
        pdf.setOnAction(e -> choose(Kind.PDF, save));
        Button png = new Button("Save as PNG…");
        png.setId("onePage-png");
        png.setOnAction(e -> choose(Kind.PNG, save));
        HBox buttons = new HBox(10, pdf, png);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10));
        var view = SlideView.fitted(SlideView.render(page), 1120, 792);
        view.setId("onePage");
        // A sheet on a grey desk, as a page is shown, rather than the presentation's black.
        view.setStyle("-fx-background-color: #d0d7de;");
        view.setPadding(new Insets(16));
        stage.setScene(new Scene(new BorderPane(view, null, null, buttons, null), 1152, 880));
    }

    private void choose(Kind kind, BiConsumer<Kind, Path> save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(kind == Kind.PDF ? "Save the Strategy on a Page as PDF" : "Save the Strategy on a Page as PNG");
        chooser.setInitialFileName(kind == Kind.PDF ? "strategy-on-a-page.pdf" : "strategy-on-a-page.png");
        chooser.getExtensionFilters().add(kind == Kind.PDF ? new FileChooser.ExtensionFilter("PDF", "*.pdf")
                : new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            save.accept(kind, chosen.toPath());
        }
    }

    /** Writes the page shown as {@code kind}; needs no display, so it runs off the FX thread. */
    public void write(Kind kind, Path target) throws IOException, StrategyFormatException {
        if (kind == Kind.PDF) {
            OnePageExport.writePdf(page, title, target);
        } else {
            OnePageExport.writePng(page, target);
        }
    }

    public void show() {
        stage.show();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }
}
