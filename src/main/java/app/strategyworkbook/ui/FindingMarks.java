package app.strategyworkbook.ui;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * Each problem the checks found marked on its field, inside the field's own border: the border and a bar down its
 * left edge in the error's or warning's colour (the stylesheet's), the message on hover. A field not filled in yet is
 * not marked: its placeholder says so already, and the section's completion meter counts it.
 */
final class FindingMarks {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("finding-error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("finding-warning");
    private final List<Control> marked = new ArrayList<>();
    private final Map<Control, Tooltip> tips = new LinkedHashMap<>();

    /** Marks the fields of {@code findings} that are on screen, and clears the marks of findings that are gone. */
    void show(Scene scene, List<Finding> findings) {
        for (Control control : marked) {
            control.pseudoClassStateChanged(ERROR, false);
            control.pseudoClassStateChanged(WARNING, false);
            if (control.getTooltip() == tips.get(control)) {
                control.setTooltip(null);
            }
        }
        marked.clear();
        tips.clear();
        Map<Control, List<Finding>> byControl = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.unfilled()) {
                continue;
            }
            Node node = scene.lookup("#" + FieldLocator.of(finding).controlId());
            if (node instanceof Control control && control.getScene() != null) {
                byControl.computeIfAbsent(control, c -> new ArrayList<>()).add(finding);
            }
        }
        byControl.forEach((control, found) -> {
            String text = found.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("\n"));
            boolean error = found.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            control.pseudoClassStateChanged(error ? ERROR : WARNING, true);
            if (control.getTooltip() == null) {
                Tooltip tip = new Tooltip(text);
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                control.setTooltip(tip);
                tips.put(control, tip);
            }
            marked.add(control);
        });
    }

    /** The controls marked now, for tests. */
    List<Control> marked() {
        return List.copyOf(marked);
    }
}
