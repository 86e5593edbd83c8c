package app.strategyworkbook.ui;

import app.strategyworkbook.words.Plural;
import app.strategyworkbook.check.Completion;
import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.Severity;
import app.strategyworkbook.model.CustomerSegment;
import app.strategyworkbook.model.GuidanceGroup;
import app.strategyworkbook.model.Pillar;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.template.Subheading;
import app.strategyworkbook.template.Template;
import app.strategyworkbook.ui.field.Icons;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.Observable;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The document's outline, down the left of the window: a line per section with its icon and a mark of how far it is
 * filled in (a tick when whole, "3 of 7" while not, a red count where the checks found errors), and under the section
 * being shown, its parts: the template's headings, each pillar, segment or audience by name. Choosing a line shows
 * that section and brings the part to the top.
 */
final class Outline {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private final VBox lines = new VBox();
    private final ScrollPane view = new ScrollPane(lines);
    private final BiConsumer<TemplateSection, String> goTo;
    private final Map<TemplateSection, Button> sections = new EnumMap<>(TemplateSection.class);
    private final Map<TemplateSection, Label> marks = new EnumMap<>(TemplateSection.class);
    private final Map<TemplateSection, VBox> parts = new EnumMap<>(TemplateSection.class);
    private final List<Runnable> stopFollowing = new ArrayList<>();
    private TemplateSection current;

    /** @param goTo shows a section and, when the id is not null, brings the node of that id in it to the top */
    Outline(BiConsumer<TemplateSection, String> goTo) {
        this.goTo = goTo;
        lines.getStyleClass().add("outline");
        lines.setId("outline");
        view.setId("outlineScroll");
        view.getStyleClass().add("outline-scroll");
        view.setFitToWidth(true);
        view.setFitToHeight(true);
        view.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    }

    ScrollPane view() {
        return view;
    }

    /** A line per section of {@code doc}, in the tabs' order, with the parts of each under it. */
    void show(StrategyDocument doc, List<TemplateSection> order) {
        stopFollowing.forEach(Runnable::run);
        stopFollowing.clear();
        lines.getChildren().clear();
        sections.clear();
        marks.clear();
        parts.clear();
        for (TemplateSection section : order) {
            Label mark = new Label();
            mark.getStyleClass().add("outline-mark");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(section.shortTitle());
            title.setMinWidth(0);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(8, Icons.of(icon(section)), title, mark);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Button button = new Button(null, line);
            button.setId("outline-" + section.key());
            button.getStyleClass().add("outline-section");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(false);
            button.setAccessibleText(section.heading());
            line.prefWidthProperty().bind(button.widthProperty().subtract(24));
            button.setOnAction(e -> goTo.accept(section, null));
            VBox under = new VBox();
            under.getStyleClass().add("outline-parts");
            sections.put(section, button);
            marks.put(section, mark);
            parts.put(section, under);
            lines.getChildren().addAll(button, under);
            follow(doc, section, under);
        }
        chosen(current == null ? order.get(0) : current);
    }

    /** The section on screen: its line is marked, and its parts are shown under it. */
    void chosen(TemplateSection section) {
        current = section;
        sections.forEach((s, b) -> b.pseudoClassStateChanged(CURRENT, s == section));
        parts.forEach((s, box) -> {
            box.setVisible(s == section);
            box.setManaged(s == section);
        });
    }

    /** Each section's mark, from how far it is filled in and the errors the checks found in it. */
    void marks(Completion completion, List<Finding> findings) {
        if (completion == null) {
            return;
        }
        Map<TemplateSection, int[]> counts = new EnumMap<>(TemplateSection.class);
        for (DocumentPart part : DocumentPart.values()) {
            int[] c = counts.computeIfAbsent(FieldLocator.tabOf(part), s -> new int[3]);
            c[0] += completion.of(part).filled();
            c[1] += completion.of(part).expected();
        }
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                counts.computeIfAbsent(FieldLocator.tabOf(f.where().part()), s -> new int[3])[2]++;
            }
        }
        marks.forEach((section, mark) -> {
            int[] c = counts.getOrDefault(section, new int[3]);
            mark.getStyleClass().removeAll("outline-done", "outline-open", "outline-errors");
            if (c[2] > 0) {
                mark.setText(String.valueOf(c[2]));
                mark.setGraphic(Icons.of(Feather.ALERT_CIRCLE));
                mark.getStyleClass().add("outline-errors");
                mark.setAccessibleText(Plural.of(c[2], "error"));
            } else if (c[0] >= c[1]) {
                mark.setText(null);
                mark.setGraphic(Icons.of(Feather.CHECK_CIRCLE));
                mark.getStyleClass().add("outline-done");
                mark.setAccessibleText("filled in");
            } else {
                mark.setText(c[0] + "/" + c[1]);
                mark.setGraphic(null);
                mark.getStyleClass().add("outline-open");
                mark.setAccessibleText(c[0] + " of " + c[1] + " filled in");
            }
            sections.get(section).setAccessibleText(section.heading() + ", " + mark.getAccessibleText());
        });
    }

    /** The section's parts under its line, kept up to date as pillars, segments or audiences come, go and are named. */
    private void follow(StrategyDocument doc, TemplateSection section, VBox under) {
        switch (section) {
            case PILLARS -> items(section, under, doc.getPillars().getPillars(), "pillars-pillars",
                    (p, i) -> "Pillar " + (i + 1) + (p.getName().isEmpty() ? "" : ": " + p.getName()),
                    p -> new Observable[] {p.nameProperty()});
            case SEGMENTS -> items(section, under, doc.getSegments().getSegments(), "segments-segments",
                    (s, i) -> (s.getLabel().isEmpty() ? Template.SEGMENT_LABEL.placeholder().at(i) : s.getLabel())
                            + (s.getName().isEmpty() ? "" : ": " + s.getName()),
                    s -> new Observable[] {s.labelProperty(), s.nameProperty()});
            case GUIDANCE -> items(section, under, doc.getGuidance().getGroups(), "guidance-groups",
                    (g, i) -> g.getAudience().isEmpty() ? "Audience " + (i + 1) : g.getAudience(),
                    g -> new Observable[] {g.audienceProperty()});
            case RISKS -> {
                part(section, under, 0, "Key risks", "risks-risks");
                part(section, under, 1, "Risk matrix", "heading-risk-matrix");
            }
            case OVERVIEW -> {
                part(section, under, 0, "Document", "heading-document");
                int at = 1;
                for (Subheading sub : Template.subheadings(DocumentPart.OVERVIEW)) {
                    part(section, under, at++, sub.heading(), "heading-" + sub.key());
                }
                part(section, under, at, "Review and ownership", "heading-review-and-ownership");
            }
            default -> {
                int at = 0;
                for (Subheading sub : Template.subheadings(DocumentPart.of(section))) {
                    part(section, under, at++, sub.heading(), "heading-" + sub.key());
                }
            }
        }
    }

    private <T> void items(TemplateSection section, VBox under, ObservableList<T> items, String idPrefix,
                           java.util.function.BiFunction<T, Integer, String> name,
                           java.util.function.Function<T, Observable[]> dependsOn) {
        List<Observable> watched = new ArrayList<>();
        javafx.beans.InvalidationListener[] rebuild = new javafx.beans.InvalidationListener[1];
        rebuild[0] = o -> {
            watched.forEach(w -> w.removeListener(rebuild[0]));
            watched.clear();
            under.getChildren().clear();
            for (int i = 0; i < items.size(); i++) {
                part(section, under, i, name.apply(items.get(i), i), idPrefix + "-" + i);
                for (Observable dep : dependsOn.apply(items.get(i))) {
                    dep.addListener(rebuild[0]);
                    watched.add(dep);
                }
            }
        };
        items.addListener(rebuild[0]);
        rebuild[0].invalidated(items);
        stopFollowing.add(() -> {
            items.removeListener(rebuild[0]);
            watched.forEach(w -> w.removeListener(rebuild[0]));
        });
    }

    private void part(TemplateSection section, VBox under, int index, String text, String target) {
        Button part = new Button(text);
        part.setId("outline-" + section.key() + "-" + index);
        part.getStyleClass().add("outline-part");
        part.setMnemonicParsing(false);
        part.setMaxWidth(Double.MAX_VALUE);
        part.setMinWidth(0);
        part.setOnAction(e -> goTo.accept(section, target));
        under.getChildren().add(part);
    }

    /** An icon per section, so the outline reads at a glance. */
    static Ikon icon(TemplateSection section) {
        return switch (section) {
            case PURPOSE, OVERVIEW -> Feather.FILE_TEXT;
            case CONTEXT -> Feather.COMPASS;
            case PILLARS -> Feather.LAYERS;
            case SEGMENTS -> Feather.USERS;
            case GO_TO_MARKET -> Feather.TRENDING_UP;
            case PRODUCT -> Feather.PACKAGE;
            case TECHNOLOGY -> Feather.CPU;
            case RESOURCES -> Feather.PIE_CHART;
            case RISKS -> Feather.SHIELD;
            case SUCCESS -> Feather.AWARD;
            case GUIDANCE -> Feather.BOOK_OPEN;
        };
    }

    /** The line of a section, for tests. */
    Node line(TemplateSection section) {
        return sections.get(section);
    }
}
