package app.strategyworkbook.ui;

import app.strategyworkbook.edit.EditHistory;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.ui.field.FrameByFrame;
import app.strategyworkbook.ui.field.Reveal;
import app.strategyworkbook.ui.section.SectionEditor;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

/**
 * A page per template section, chosen from the outline beside it (the pages are a tab pane's, whose own row of tabs
 * is hidden: at 1024 pixels or with large text it ran into a chevron). A page's fields are built when it is first
 * shown, top first and a frame's share at a time, so the window appears without waiting for the other ten and a large
 * strategy never stops it drawing.
 */
final class SectionTabs {
    private final TabPane tabs = new TabPane();
    private final Runnable whenWhole;
    private final javafx.beans.property.ReadOnlyObjectWrapper<app.strategyworkbook.model.TemplateSection> shown =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    /** @param whenWhole runs when a tab has all its fields on screen (its fields can then be marked) */
    SectionTabs(Runnable whenWhole) {
        this.whenWhole = whenWhole;
        tabs.setId("sections");
        tabs.getStyleClass().add("section-pages");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            app.strategyworkbook.ui.field.CellEdit.keepPending();
            build(is);
            shown.set(is != null && is.getUserData() instanceof SectionEditor editor ? editor.section() : null);
            whenWhole.run();
        });
    }

    /** The section on screen. */
    javafx.beans.property.ReadOnlyObjectProperty<app.strategyworkbook.model.TemplateSection> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The sections, in the order they are shown. */
    java.util.List<app.strategyworkbook.model.TemplateSection> order() {
        return tabs.getTabs().stream().map(t -> ((SectionEditor) t.getUserData()).section()).toList();
    }

    /**
     * Shows a section and, where {@code targetId} names a node in it (a heading, a pillar's panel), brings that node
     * to the top of the view; the keyboard goes to its first field.
     */
    void goTo(app.strategyworkbook.model.TemplateSection section, String targetId) {
        show(section.key());
        if (targetId == null) {
            return;
        }
        tabs.getTabs().stream().filter(t -> t.getId().equals("tab-" + section.key())).findFirst().ifPresent(t -> {
            comingOnScreen(t).ifPresent(FrameByFrame::finish);
            tabs.applyCss();
            tabs.layout();
            Node target = t.getContent() == null ? null : t.getContent().lookup("#" + targetId);
            if (target != null) {
                Reveal.atTop(target);
            }
        });
    }

    TabPane view() {
        return tabs;
    }

    /** A tab per section of {@code doc}, in place of the last document's; the chosen tab is built. */
    void show(StrategyDocument doc, EditHistory history) {
        tabs.getTabs().forEach(tab -> comingOnScreen(tab).ifPresent(FrameByFrame::stop));
        tabs.getTabs().clear();
        for (SectionEditor editor : SectionEditor.all(doc, history)) {
            Tab tab = new Tab(editor.section().shortTitle());
            tab.setUserData(editor);
            tab.setId("tab-" + editor.section().key());
            tab.setTooltip(new javafx.scene.control.Tooltip(editor.section().heading()));
            tabs.getTabs().add(tab);
        }
        build(tabs.getSelectionModel().getSelectedItem());
        var chosen = tabs.getSelectionModel().getSelectedItem();
        shown.set(chosen == null ? null : ((SectionEditor) chosen.getUserData()).section());
    }

    /** Shows the tab of a section, by its key ("risks"). */
    void show(String key) {
        tabs.getTabs().stream().filter(t -> ("tab-" + key).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** The next (+1) or previous (-1) section, round. */
    void step(int by) {
        int count = tabs.getTabs().size();
        int at = tabs.getSelectionModel().getSelectedIndex();
        tabs.getSelectionModel().select((at + by + count) % count);
    }

    private void build(Tab tab) {
        if (tab != null && tab.getContent() == null && tab.getUserData() instanceof SectionEditor editor) {
            Node view = editor.view();
            tab.setContent(view);
            tab.getProperties().put(FrameByFrame.class, FrameByFrame.show(view, whenWhole));
        }
    }

    /** Whether every built tab has all its fields on screen. */
    boolean whole() {
        return tabs.getTabs().stream().allMatch(tab -> comingOnScreen(tab).map(FrameByFrame::whole).orElse(true));
    }

    /** How a built tab is being put on screen; nothing for a tab not yet built. */
    private static Optional<FrameByFrame> comingOnScreen(Tab tab) {
        return tab.getProperties().get(FrameByFrame.class) instanceof FrameByFrame shown
                ? Optional.of(shown) : Optional.empty();
    }

    /** Takes the user to a field: its tab, the control, and the row of a table. */
    void goTo(FieldLocator at, Scene scene) {
        tabs.getTabs().stream().filter(t -> t.getId().equals("tab-" + at.tab().key())).findFirst()
                .ifPresent(t -> {
                    tabs.getSelectionModel().select(t);
                    comingOnScreen(t).ifPresent(FrameByFrame::finish);
                });
        // The chosen tab's content is shown on the next layout; a hidden control would not take the focus.
        tabs.applyCss();
        tabs.layout();
        Node node = scene.lookup("#" + at.controlId());
        if (node == null) {
            return;
        }
        if (node instanceof TableView<?> table && at.row() >= 0 && at.row() < table.getItems().size()) {
            choose(table, at.row(), at.columnId());
        } else if (node instanceof javafx.scene.control.ListView<?> list && at.row() >= 0
                && at.row() < list.getItems().size()) {
            list.getSelectionModel().clearAndSelect(at.row());
            list.scrollTo(at.row());
        }
        // After the click that chose the finding has finished, which would otherwise keep the focus in the list.
        Platform.runLater(() -> {
            Reveal.node(node);
            node.requestFocus();
        });
    }

    /**
     * Chooses the finding's cell: its row and its column (the likelihood of risk 3, not the whole row with the last
     * column in focus), and scrolls to it. No editing starts: the user reads the cell first, then types over it.
     */
    private static <R> void choose(TableView<R> table, int row, String columnId) {
        javafx.scene.control.TableColumn<R, ?> column = table.getVisibleLeafColumns().stream()
                .filter(c -> columnId != null && columnId.equals(c.getId())).findFirst()
                .orElse(table.getVisibleLeafColumns().isEmpty() ? null : table.getVisibleLeafColumns().get(0));
        if (table.getEditingCell() != null) {
            table.edit(-1, null);
        }
        if (column == null) {
            table.getSelectionModel().clearAndSelect(row);
        } else {
            table.getSelectionModel().clearAndSelect(row, column);
            table.getFocusModel().focus(row, column);
            table.scrollToColumn(column);
        }
        table.scrollTo(row);
    }
}
