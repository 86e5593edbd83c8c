package app.strategyworkbook.ui;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.session.Session;
import app.strategyworkbook.ui.present.Presentation;
import app.strategyworkbook.ui.present.SlideChooser;
import app.strategyworkbook.ui.present.SlideExport;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** Presenting the strategy full screen, and exporting its slides as a PDF or as pictures. */
final class SlideCommands {
    private final Stage stage;
    private final Session session;
    private Presentation presentation;
    /** Shows a folder in the system's file manager; set by the app, which alone may ask the desktop to open one. */
    private Consumer<Path> folderOpener;

    SlideCommands(Stage stage, Session session) {
        this.stage = stage;
        this.session = session;
    }

    private StrategyDocument document() {
        return session.workbook().document();
    }

    /** Shows the deck's outline to choose slides, then presents full screen; Esc comes back here. */
    void present() {
        if (SlideChooser.ask(document(), stage)) {
            presentation = new Presentation(document(), stage);
            presentation.show();
        }
    }

    /** The presentation shown last, for tests. */
    Presentation presentation() {
        return presentation;
    }

    void openFoldersWith(Consumer<Path> opener) {
        folderOpener = opener;
    }

    void exportPdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Slides as PDF");
        chooser.setInitialFileName(baseName() + "-slides.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            export(chosen.toPath(), true);
        }
    }

    void exportPngs() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export Slides as Pictures (one PNG per slide)");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            export(chosen.toPath(), false);
        }
    }

    /** Draws the slides here (they are JavaFX nodes) and writes the files in the background. */
    void export(Path target, boolean pdf) {
        var pictures = SlideExport.draw(document(), Deck.shown(document()));
        session.run("Exporting " + pictures.size() + " slides…", () -> {
            if (pdf) {
                SlideExport.writePdf(pictures, target);
            } else {
                SlideExport.writePngs(pictures, target);
            }
            return target;
        }, done -> exported(pictures.size(), done, pdf), "The slides were not exported");
    }

    /** Says where the slides went, in the status bar and in a notification that can open their folder. */
    private void exported(int count, Path target, boolean pdf) {
        String where = count + (count == 1 ? " slide" : " slides") + (pdf ? " saved as " : " saved as pictures in ")
                + target.toAbsolutePath();
        session.tell("Exported " + where);
        var note = org.controlsfx.control.Notifications.create().owner(stage).title("Slides exported")
                .text(where).hideAfter(javafx.util.Duration.seconds(10));
        Path folder = pdf ? target.toAbsolutePath().getParent() : target.toAbsolutePath();
        if (folderOpener != null && folder != null) {
            note.action(new org.controlsfx.control.action.Action("Open Folder", e -> folderOpener.accept(folder)));
        }
        note.showInformation();
    }

    private String baseName() {
        String name = session.workbook().nameBinding().get();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace(' ', '-').toLowerCase(java.util.Locale.ROOT);
    }
}
