package app.strategyworkbook.ui;

import app.strategyworkbook.words.Plural;
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

    /** Shows the strategy on one page, for the board, with its PDF and PNG exports. */
    void onePage() {
        if (onePage != null && onePage.isShowing()) {
            onePage.show(document()); // the edits since it was opened
        } else {
            onePage = new app.strategyworkbook.ui.present.OnePageWindow(document(), stage, this::saveOnePage);
        }
        onePage.show();
    }

    /** The window shows another document (opened, new, reloaded): an open page follows it. */
    void documentShown() {
        if (onePage != null && onePage.isShowing()) {
            onePage.show(document());
        }
    }

    private app.strategyworkbook.ui.present.OnePageWindow onePage;

    void saveOnePage(app.strategyworkbook.ui.present.OnePageWindow.Kind kind, Path target) {
        var window = onePage;
        session.run("Saving the strategy on a page…", () -> {
            window.write(kind, target);
            return target;
        }, done -> session.tell("Saved the strategy on a page as " + done.toAbsolutePath()), "The page was not saved");
    }

    /** The one-page summary shown last, for tests. */
    app.strategyworkbook.ui.present.OnePageWindow onePageWindow() {
        return onePage;
    }

    /** The presentation shown last, for tests. */
    Presentation presentation() {
        return presentation;
    }

    void openFoldersWith(Consumer<Path> opener) {
        folderOpener = opener;
    }

    void exportPdf() {
        saveAs(SlideExport.Kind.PDF, "Export Slides as PDF", "-slides.pdf", "PDF", "*.pdf");
    }

    void exportHandout() {
        saveAs(SlideExport.Kind.HANDOUT, "Export Handout with Speaker Notes (PDF)", "-handout.pdf", "PDF", "*.pdf");
    }

    void exportPptx() {
        saveAs(SlideExport.Kind.PPTX, "Export Slides as PowerPoint", "-slides.pptx", "PowerPoint", "*.pptx");
    }

    private void saveAs(SlideExport.Kind kind, String title, String suffix, String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(baseName() + suffix);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            export(kind, chosen.toPath());
        }
    }

    void exportPngs() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export Slides as Pictures (one PNG per slide)");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            export(SlideExport.Kind.PNG, chosen.toPath());
        }
    }

    /** As a PDF ({@code pdf}) or as pictures; kept for the window's callers. */
    void export(Path target, boolean pdf) {
        export(pdf ? SlideExport.Kind.PDF : SlideExport.Kind.PNG, target);
    }

    /** Takes the slides as they are now and writes them in the background. */
    void export(SlideExport.Kind kind, Path target) {
        var slides = Deck.shown(document());
        var footing = Deck.footing(document());
        session.run("Exporting " + Plural.of(slides.size(), "slide") + "…", () -> SlideExport.write(kind, footing, slides, target),
                done -> exported(slides.size(), done, kind), "The slides were not exported");
    }

    /** Says where the slides went, in the status bar and in a notification that can open their folder. */
    private void exported(int count, Path target, SlideExport.Kind kind) {
        boolean folderOfPictures = kind == SlideExport.Kind.PNG;
        String where = exportedText(count, kind, target);
        session.tell(where);
        var note = org.controlsfx.control.Notifications.create().owner(stage).title("Slides exported")
                .text(where).hideAfter(javafx.util.Duration.seconds(10));
        Path folder = folderOfPictures ? target.toAbsolutePath() : target.toAbsolutePath().getParent();
        if (folderOpener != null && folder != null) {
            note.action(new org.controlsfx.control.action.Action("Open Folder", e -> folderOpener.accept(folder)));
        }
        note.showInformation();
    }

    /** "Exported 1 slide to /home/…/deck.pdf", "Exported 15 slides as pictures in /home/…/slides". */
    static String exportedText(int count, SlideExport.Kind kind, Path target) {
        String as = switch (kind) {
            case PNG -> " as pictures in ";
            case HANDOUT -> " as a handout with speaker notes to ";
            default -> " to ";
        };
        return "Exported " + Plural.of(count, "slide") + as + target.toAbsolutePath();
    }

    private String baseName() {
        String name = session.workbook().nameBinding().get();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace(' ', '-').toLowerCase(java.util.Locale.ROOT);
    }
}
