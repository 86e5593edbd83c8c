package app.strategyworkbook.ui;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/** Each check finding marked on its field with ControlsFX's validation graphic, its message on hover. */
final class FindingMarks {
    /** Made when first needed: its pictures are read from the ControlsFX jar, which the first frame need not wait for. */
    private ValidationDecoration decoration;
    private final List<Control> marked = new ArrayList<>();

    /**
     * Lays ControlsFX's layer of marks over the window before its sections are put in. ControlsFX puts that layer at
     * the scene's root when the first mark is made; made then, with the sections on screen, it restyles all of them.
     */
    void prepare(Node inScene) {
        org.controlsfx.control.decoration.Decoration none =
                new org.controlsfx.control.decoration.GraphicDecoration(new javafx.scene.layout.Region());
        org.controlsfx.control.decoration.Decorator.addDecoration(inScene, none);
        org.controlsfx.control.decoration.Decorator.removeDecoration(inScene, none);
    }

    /** Marks the fields of {@code findings} that are on screen, and clears the marks of findings that are gone. */
    void show(Scene scene, List<Finding> findings) {
        if (decoration == null) {
            decoration = new GraphicValidationDecoration();
        }
        marked.forEach(decoration::removeDecorations);
        marked.clear();
        Map<Control, List<Finding>> byControl = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Node node = scene.lookup("#" + FieldLocator.of(finding).controlId());
            if (node instanceof Control control && control.getScene() != null) {
                byControl.computeIfAbsent(control, c -> new ArrayList<>()).add(finding);
            }
        }
        byControl.forEach((control, found) -> {
            String text = found.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("\n"));
            boolean error = found.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            decoration.applyValidationDecoration(error ? ValidationMessage.error(control, text)
                    : ValidationMessage.warning(control, text));
            marked.add(control);
        });
    }

    /** The controls marked now, for tests. */
    List<Control> marked() {
        return List.copyOf(marked);
    }
}
