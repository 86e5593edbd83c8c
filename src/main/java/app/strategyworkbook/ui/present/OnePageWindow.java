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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The strategy on one page ({@link OnePage}) in a window of its own, drawn as the PDF and the picture are, with
 * buttons to save it as either, and to close it (as Escape and Ctrl+W do). It shows the strategy as it was when
 * opened; opening it again shows the edits since, and opening another file shows that file's page ({@link #show(
 * StrategyDocument)}), never the page of a document no longer in the window.
 */
public final class OnePageWindow {
    /** What the page can be saved as. */
    public enum Kind { PDF, PNG }

    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    /** Read by {@link #write} off the FX thread. */
    private volatile Drawing page;
    private volatile String title;
    private final double width;
    private final double height;

    /** @param save saves the page as the kind chosen to the file chosen, by {@link #write} off the FX thread */
    public OnePageWindow(StrategyDocument doc, Window owner, BiConsumer<Kind, Path> save) {
        stage.initOwner(owner);
        Button pdf = new Button("Save as PDF…");
        pdf.setId("onePage-pdf");
        pdf.setOnAction(e -> choose(Kind.PDF, save));
        Button png = new Button("Save as PNG…");
        png.setId("onePage-png");
        png.setOnAction(e -> choose(Kind.PNG, save));
        Button close = new Button("Close");
        close.setId("onePage-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, pdf, png, gap, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10));
        root.setBottom(buttons);
        // As large as the page wants (1152 by 880), but never larger than the screen: on a 1024 by 768 screen its
        // buttons would be out of reach below it.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        width = Math.min(1152, screen.getWidth() - 40);
        height = Math.min(880, screen.getHeight() - 40);
        show(doc);
        Scene scene = new Scene(root, width, height);
        // Escape (the Close button is the cancel button) and Ctrl+W close it, as any document window.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
    }

    /** Draws {@code doc}'s page in place of the one shown: the document the workbook window now shows. */
    public void show(StrategyDocument doc) {
        page = OnePage.draw(doc);
        title = Deck.documentTitle(doc);
        stage.setTitle("Strategy on One Page - " + title);
        // The page in the window less its margins (16 each side) and the row of buttons (56).
        var view = SlideView.fitted(SlideView.render(page), width - 32, height - 88);
        view.setId("onePage");
        // A sheet on a grey desk, as a page is shown, rather than the presentation's black.
        view.setStyle("-fx-background-color: #d0d7de;");
        view.setPadding(new Insets(16));
        root.setCenter(view);
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
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }
}
