package app.strategyworkbook.ui;

import app.strategyworkbook.format.FileFormat;
import app.strategyworkbook.session.Prompts;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The session's questions as the window's dialogs, each with an id that tests click by. */
final class DialogPrompts implements Prompts {
    private final Window owner;

    DialogPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved saveChanges(String name) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert ask = alert(Alert.AlertType.CONFIRMATION, "unsavedPrompt", "Save the changes to " + name + "?",
                "Your changes will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DONT_SAVE : Unsaved.CANCEL;
    }

    @Override
    public Optional<Path> fileToOpen(Path folder) {
        File chosen = chooser("Open Strategy", folder).showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> fileToSaveAs(Path folder, String name) {
        FileChooser chooser = chooser("Save Strategy As", folder);
        chooser.setInitialFileName(name);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path target = chosen.toPath();
        if (FileFormat.of(target).isEmpty()) {
            // A name typed without an extension is Markdown, unless the JSON kind alone was chosen.
            boolean json = chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getExtensions().equals(List.of("*.json"));
            target = target.resolveSibling(target.getFileName() + (json ? ".json" : ".md"));
        }
        return Optional.of(target);
    }

    @Override
    public Conflict changedOnDisk(String name) {
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType("Save As…", ButtonBar.ButtonData.OTHER);
        Alert ask = alert(Alert.AlertType.WARNING, "changedOnDisk", name + " changed on disk", name + " was changed "
                + "on disk since you opened it, perhaps by a colleague. Overwrite it with your version, or save yours "
                + "as another file?", overwrite, saveAs, ButtonType.CANCEL);
        ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
        return answer == overwrite ? Conflict.OVERWRITE : answer == saveAs ? Conflict.SAVE_AS : Conflict.CANCEL;
    }

    @Override
    public boolean reloadLosingChanges(String name) {
        ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.YES);
        Alert ask = alert(Alert.AlertType.WARNING, "reloadPrompt", "Reload " + name + " and lose your changes?",
                "Your unsaved changes will be replaced by the version on disk.", reload, ButtonType.CANCEL);
        return ask.showAndWait().orElse(ButtonType.CANCEL) == reload;
    }

    @Override
    public boolean restore(String name, Instant lastEdit) {
        String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").format(lastEdit.atZone(ZoneId.systemDefault()));
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert ask = alert(Alert.AlertType.CONFIRMATION, "restorePrompt", "Restore unsaved changes?",
                "Strategy Workbook closed before changes to " + name + " were saved. Their last edit was at " + when
                        + ".", restore, discard);
        return ask.showAndWait().orElse(discard) == restore;
    }

    @Override
    public void error(String header, String sentence) {
        Alert alert = alert(Alert.AlertType.ERROR, "errorDialog", header, sentence);
        alert.show();
    }

    private Alert alert(Alert.AlertType type, String id, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setHeaderText(header);
        alert.initOwner(owner);
        alert.getDialogPane().setId(id);
        return alert;
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(strategyFilters());
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** Both kinds of strategy file together, first and chosen, then each kind on its own. */
    static List<FileChooser.ExtensionFilter> strategyFilters() {
        return List.of(new FileChooser.ExtensionFilter("Strategy files (*.md, *.markdown, *.json)", "*.md",
                        "*.markdown", "*.json"),
                new FileChooser.ExtensionFilter("Markdown (*.md, *.markdown)", "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
    }
}
