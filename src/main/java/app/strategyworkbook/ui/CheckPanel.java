package app.strategyworkbook.ui;

import app.strategyworkbook.words.Plural;
import app.strategyworkbook.check.Completion;
import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.Severity;
import app.strategyworkbook.check.StrategyChecks;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.ui.field.Icons;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The checks drawer, beside the sections: the findings of the checks, recomputed a moment after each change while the
 * user types, grouped by section. Each section has one completion meter ("7 of 9 filled in", the fields left open
 * behind it) instead of a warning per empty field, then its problems, each message whole and wrapped. Choosing a
 * finding (click, Enter or Space) takes the user to its field.
 */
final class CheckPanel {
    /** The most problems a section lists; a strategy of thousands of risks says how many more there are. */
    private static final int MOST_LISTED = 40;
    private final VBox groups = new VBox();
    private final VBox view;
    private final Consumer<Finding> goTo;
    private final StrategyChecks checks = new StrategyChecks();
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Completion> completion = new ReadOnlyObjectWrapper<>();
    /** The sections whose list of open fields the user unfolded: they stay open as the checks run again. */
    private final java.util.Set<TemplateSection> unfolded = java.util.EnumSet.noneOf(TemplateSection.class);
    private StrategyDocument doc;

    /**
     * @param goTo takes the user to a finding's field
     * @param close hides the drawer
     */
    CheckPanel(Consumer<Finding> goTo, Runnable close) {
        this.goTo = goTo;
        groups.setId("checkPanel");
        groups.getStyleClass().add("check-groups");
        groups.setAccessibleText("Check findings");
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("check-scroll");
        Label title = new Label("Checks");
        title.getStyleClass().add("panel-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button hide = Icons.button("checkDrawer-close", Feather.X, "Hide the checks", "F8", close);
        HBox top = new HBox(6, title, gap, hide);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new javafx.geometry.Insets(0, 8, 0, 12));
        view = new VBox(8, top, scroll);
        view.setId("checkDrawer");
        view.getStyleClass().add("check-panel");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        settle.setOnFinished(e -> recheck());
    }

    /** Shows the findings of a document checked beforehand, as it opens. */
    void show(StrategyDocument document, List<Finding> found) {
        doc = document;
        completion.set(Completion.of(document));
        findings.set(found);
        fill();
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

    /** A group per section: its meter, then its problems, in the order the sections are shown. */
    private void fill() {
        groups.getChildren().clear();
        Map<TemplateSection, List<Finding>> problems = new EnumMap<>(TemplateSection.class);
        for (Finding f : findings.get()) {
            if (!f.unfilled()) {
                problems.computeIfAbsent(FieldLocator.tabOf(f.where().part()), s -> new ArrayList<>()).add(f);
            }
        }
        Map<TemplateSection, List<Finding>> open = new EnumMap<>(TemplateSection.class);
        for (Finding f : findings.get()) {
            if (f.unfilled()) {
                open.computeIfAbsent(FieldLocator.tabOf(f.where().part()), s -> new ArrayList<>()).add(f);
            }
        }
        if (problems.isEmpty() && open.isEmpty()) {
            Label none = new Label("No findings: the strategy is complete and consistent.");
            none.setWrapText(true);
            none.getStyleClass().add("check-none");
            groups.getChildren().add(none);
        }
        for (TemplateSection section : TemplateSection.values()) {
            if (section == TemplateSection.PURPOSE) {
                continue; // shown with the overview
            }
            groups.getChildren().add(group(section, problems.getOrDefault(section, List.of()),
                    open.getOrDefault(section, List.of())));
        }
    }

    private VBox group(TemplateSection section, List<Finding> problems, List<Finding> open) {
        int filled = 0;
        int expected = 0;
        Completion done = completion.get();
        for (DocumentPart part : DocumentPart.values()) {
            if (FieldLocator.tabOf(part) == section && done != null) {
                filled += done.of(part).filled();
                expected += done.of(part).expected();
            }
        }
        Label title = new Label(section.heading());
        title.getStyleClass().add("check-section");
        title.setWrapText(true);
        title.setGraphic(Icons.of(Outline.icon(section)));
        VBox group = new VBox(4, title);
        group.setId("checks-" + section.key());
        group.getStyleClass().add("check-group");
        ProgressBar meter = new ProgressBar(expected == 0 ? 1 : (double) filled / expected);
        meter.setId("meter-" + section.key());
        meter.getStyleClass().add("completion-meter");
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.setAccessibleText(section.heading() + ": " + filled + " of " + expected + " filled in");
        HBox.setHgrow(meter, Priority.ALWAYS);
        Label words = new Label(filled >= expected ? "All filled in" : filled + " of " + expected + " filled in");
        words.getStyleClass().add("meter-words");
        words.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, meter, words);
        line.setAlignment(Pos.CENTER_LEFT);
        group.getChildren().add(line);
        if (!open.isEmpty()) {
            VBox list = new VBox(2);
            list.getStyleClass().add("unfilled-list");
            for (Finding f : open) {
                list.getChildren().add(entry(f, f.field() + (f.message().equals("not filled in yet") ? ""
                        : ": " + f.message()), "unfilled"));
            }
            boolean shown = unfolded.contains(section);
            list.setVisible(shown);
            list.setManaged(shown);
            Button more = new Button(Plural.of(open.size(), "field") + " to fill in");
            more.setId("unfilled-" + section.key());
            more.getStyleClass().addAll("unfilled-toggle", "flat");
            more.setGraphic(Icons.of(shown ? Feather.CHEVRON_DOWN : Feather.CHEVRON_RIGHT));
            more.setOnAction(e -> {
                boolean now = !list.isVisible();
                list.setVisible(now);
                list.setManaged(now);
                more.setGraphic(Icons.of(now ? Feather.CHEVRON_DOWN : Feather.CHEVRON_RIGHT));
                if (now) {
                    unfolded.add(section);
                } else {
                    unfolded.remove(section);
                }
            });
            group.getChildren().addAll(more, list);
        }
        for (Finding f : problems.subList(0, Math.min(problems.size(), MOST_LISTED))) {
            group.getChildren().add(entry(f, f.field() + ": " + f.message(),
                    f.severity() == Severity.ERROR ? "finding-error" : "finding-warning"));
        }
        if (problems.size() > MOST_LISTED) {
            Label more = new Label("… and " + (problems.size() - MOST_LISTED) + " more in this section");
            more.getStyleClass().add("meter-words");
            group.getChildren().add(more);
        }
        return group;
    }

    /** A finding as a line the user can choose: its words whole, wrapped to the drawer's width. */
    private Button entry(Finding finding, String text, String kind) {
        Button entry = new Button(text);
        entry.getStyleClass().addAll("finding", kind, "flat");
        entry.setWrapText(true);
        entry.setMnemonicParsing(false);
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setAlignment(Pos.TOP_LEFT);
        entry.setMinHeight(Region.USE_PREF_SIZE);
        if (!kind.equals("unfilled")) {
            entry.setGraphic(Icons.of(kind.equals("finding-error") ? Feather.ALERT_CIRCLE : Feather.ALERT_TRIANGLE));
        }
        entry.setUserData(finding);
        entry.setAccessibleText(finding.severity().word() + ": " + finding.describe());
        entry.setOnAction(e -> goTo.accept(finding));
        return entry;
    }

    ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    /** How far each part is filled in, as of the last check. */
    ReadOnlyObjectProperty<Completion> completionProperty() {
        return completion.getReadOnlyProperty();
    }

    VBox view() {
        return view;
    }
}
