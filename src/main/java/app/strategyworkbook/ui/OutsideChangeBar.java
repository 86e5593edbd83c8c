package app.strategyworkbook.ui;

import app.strategyworkbook.words.Plural;
import app.strategyworkbook.edit.Workbook;
import app.strategyworkbook.format.Comparison;
import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Watches the open file while it is open. When another program (a colleague's sync, another editor) changes it, a
 * bar above the sections offers Reload, Keep Mine or Compare; when it is moved or deleted, the bar says so and offers
 * Save. The file is looked at once a second, off the FX thread: a stat works on every file system, shared drives
 * included, where change notifications often do not arrive. A change that leaves the strategy as it was (a touch, a
 * re-save of the same text) is taken in silently.
 */
final class OutsideChangeBar {
    /** What the bar asks the window to do. */
    interface Answers {
        /** Show their version, as opened from disk, in place of mine. */
        void reload(StrategyFiles.Opened theirs, StrategyFiles.DiskStamp stamp);

        /** Show the parts that differ, with the same choices. */
        void compare(List<Comparison.Difference> differences, StrategyFiles.Opened theirs,
                     StrategyFiles.DiskStamp stamp);

        void save();
    }

    private final Workbook workbook;
    private final StrategyFiles files;
    private final Answers answers;
    /** The bar pushes the sections down rather than covering their tabs, so every choice stays in reach. */
    private final HBox bar;
    private final VBox view;
    private final Label message = new Label();
    private final Button reload = button("reloadFromDisk", "Reload");
    private final Button keepMine = button("keepMine", "Keep Mine");
    private final Button compare = button("compareWithDisk", "Compare…");
    private final Button save = button("saveAgain", "Save");
    private final ExecutorService disk = app.strategyworkbook.background.Background.lane("outside-changes");
    private final Timeline poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> look()));
    /** The stamp of a file that is not there (moved or deleted). */
    private static final StrategyFiles.DiskStamp GONE = new StrategyFiles.DiskStamp(-1, -1);
    /** The state of the file on disk the bar last dealt with, so one change is offered once. */
    private StrategyFiles.DiskStamp seen;
    private boolean looking;
    private StrategyFiles.Opened theirs;
    private StrategyFiles.DiskStamp theirStamp;
    private List<Comparison.Difference> differences = List.of();

    OutsideChangeBar(Node content, Workbook workbook, StrategyFiles files, Answers answers) {
        this.workbook = workbook;
        this.files = files;
        this.answers = answers;
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(8, message, reload, compare, save, keepMine);
        bar.setId("outsideChangeBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("outside-change-bar");
        this.bar = bar;
        hideBar();
        VBox.setVgrow(content, Priority.ALWAYS);
        view = new VBox(bar, content);
        reload.setOnAction(e -> answers.reload(theirs, theirStamp));
        compare.setOnAction(e -> answers.compare(differences, theirs, theirStamp));
        save.setOnAction(e -> answers.save());
        keepMine.setOnAction(e -> keepMine());
        // A new document, or one just opened or saved here, starts from what is on disk now.
        workbook.documentProperty().addListener((obs, was, is) -> hide());
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    Node view() {
        return view;
    }

    boolean isShowing() {
        return bar.isVisible();
    }

    /** Keeps my version open; the next save still asks before it overwrites theirs. */
    void keepMine() {
        hideBar();
    }

    void hide() {
        seen = null;
        theirs = null;
        hideBar();
    }

    private void hideBar() {
        bar.setVisible(false);
        bar.setManaged(false);
    }

    /** Looks at the file now (the timer does this every second). */
    void look() {
        Path file = workbook.file();
        StrategyFiles.DiskStamp known = workbook.diskStamp();
        if (file == null || known == null || looking) {
            return;
        }
        looking = true;
        StrategyFiles.DiskStamp dealtWith = seen;
        disk.execute(() -> {
            StrategyFiles.DiskStamp stamp = StrategyFiles.stamp(file);
            StrategyFiles.DiskStamp now = stamp == null ? GONE : stamp;
            StrategyFiles.Opened opened = null;
            String unreadable = null;
            if (now != GONE && !now.equals(known) && !now.equals(dealtWith)) {
                try {
                    opened = files.open(file);
                } catch (StrategyFormatException e) {
                    unreadable = e.getMessage();
                }
            }
            StrategyFiles.Opened read = opened;
            String problem = unreadable;
            Platform.runLater(() -> {
                looking = false;
                changed(file, known, now, read, problem);
            });
        });
    }

    private void changed(Path file, StrategyFiles.DiskStamp known, StrategyFiles.DiskStamp now,
                         StrategyFiles.Opened opened, String unreadable) {
        if (!file.equals(workbook.file()) || !Objects.equals(known, workbook.diskStamp())) {
            return; // Another file was opened, or this one saved, while the disk was being read.
        }
        if (Objects.equals(now, known)) {
            if (isShowing()) {
                hide();
            }
            return;
        }
        if (Objects.equals(now, seen)) {
            return;
        }
        seen = now;
        String name = file.getFileName().toString();
        if (now == GONE) {
            show(name + " was moved or deleted by another program. Your version is still open here: save it to "
                    + "keep it.", false, true);
        } else if (unreadable != null) {
            show(name + " was changed by another program, and its new version cannot be opened. "
                    + unreadable, false, false);
        } else {
            differences = Comparison.between(workbook.document(), opened.document());
            if (differences.isEmpty()) {
                // The same strategy, rewritten: nothing to ask about.
                workbook.diskStamp(now);
                hide();
                return;
            }
            theirs = opened;
            theirStamp = now;
            show(name + " was changed by another program (" + parts(differences) + " "
                    + Plural.verb(differences.size(), "differs", "differ") + "). Reload their version, or keep yours?", true, false);
        }
    }

    private static String parts(List<Comparison.Difference> differences) {
        List<String> names = differences.stream().map(Comparison.Difference::part).toList();
        return names.size() <= 2 ? String.join(" and ", names) : names.get(0) + " and "
                + Plural.of(names.size() - 1, "more part");
    }

    private void show(String text, boolean canReload, boolean canSave) {
        message.setText(text);
        for (Button b : List.of(reload, compare)) {
            b.setVisible(canReload);
            b.setManaged(canReload);
        }
        save.setVisible(canSave);
        save.setManaged(canSave);
        bar.setManaged(true);
        bar.setVisible(true);
    }

    private static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
