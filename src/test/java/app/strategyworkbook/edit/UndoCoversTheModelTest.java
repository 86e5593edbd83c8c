package app.strategyworkbook.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.strategyworkbook.files.StrategyFiles;
import app.strategyworkbook.model.KeptBlock;
import app.strategyworkbook.model.StrategyDocument;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * Every text and every list of the model is recorded in the undo history, whatever the class exposes to read it:
 * the test finds them by the model's own fields, not by the getter names the recorder uses, edits each one, and
 * undoes it. A field added to the model without a way for the recorder to reach it fails here.
 */
class UndoCoversTheModelTest {
    /** Every text property and list of {@code part}, found through its fields, with where it stands. */
    private static void collect(Object part, String path, Map<Object, String> found, Map<Object, Boolean> seen)
            throws IllegalAccessException {
        if (part == null || seen.put(part, Boolean.TRUE) != null) {
            return;
        }
        for (Class<?> type = part.getClass(); type != null && type.getPackageName().startsWith(
                "app.strategyworkbook.model"); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(part);
                String where = path + "." + field.getName();
                if (value instanceof StringProperty text) {
                    found.put(text, where);
                } else if (value instanceof ObservableList<?> list) {
                    found.put(list, where + "[]");
                    for (int i = 0; i < list.size(); i++) {
                        collect(list.get(i), where + "[" + i + "]", found, seen);
                    }
                } else if (value != null && value.getClass().getPackageName().startsWith("app.strategyworkbook.model")
                        && !value.getClass().isEnum()) {
                    collect(value, where, found, seen);
                }
            }
        }
    }

    @Test
    void everyTextAndListOfAFullStrategyIsUndoable() throws Exception {
        StrategyDocument doc = new StrategyFiles().open(Path.of("samples/example-strategy.md")).document();
        // Some text kept from a file, and a column the app does not know, so those are walked too.
        doc.getContext().keep("trends", "<!-- a note -->");
        doc.getRisks().getRiskTable().getColumns().setAll("Risk", "Likelihood", "Impact", "Mitigation Strategy",
                "Review");
        doc.getRisks().getRisks().get(0).getExtraCells().add("May");
        EditHistory history = new EditHistory();
        new DocumentWatcher(doc, history);
        Map<Object, String> found = new IdentityHashMap<>();
        collect(doc, "doc", found, new IdentityHashMap<>());
        assertTrue(found.size() > 150, "a full strategy has many fields: " + found.size());
        List<String> notRecorded = new ArrayList<>();
        for (var entry : found.entrySet()) {
            history.clear();
            if (entry.getKey() instanceof StringProperty text) {
                String before = text.get();
                text.set(before + " (changed)");
                if (!history.canUndoProperty().get()) {
                    notRecorded.add(entry.getValue());
                    continue;
                }
                history.undo();
                assertEquals(before, text.get(), entry.getValue());
            } else {
                @SuppressWarnings("unchecked")
                ObservableList<Object> list = (ObservableList<Object>) entry.getKey();
                List<Object> before = new ArrayList<>(list);
                list.add(list.isEmpty() ? "" : newLike(list.get(0)));
                if (!history.canUndoProperty().get()) {
                    notRecorded.add(entry.getValue());
                    continue;
                }
                history.undo();
                assertEquals(before, list, entry.getValue());
            }
            assertFalse(history.isUnsaved(), entry.getValue());
        }
        assertTrue(notRecorded.isEmpty(), "not recorded by undo: " + notRecorded);
    }

    /** A new, empty item of the same kind as {@code item}: a line, a risk, a pillar, a kept block. */
    private static Object newLike(Object item) throws ReflectiveOperationException {
        if (item instanceof String) {
            return "";
        }
        if (item instanceof KeptBlock) {
            return new KeptBlock();
        }
        return item.getClass().getDeclaredConstructor().newInstance();
    }

    @Test
    void listsHoldOnlyWhatTheWalkKnows() {
        // Guards the walk itself: a list of another element type would need a way to make one here.
        for (Field field : app.strategyworkbook.model.Pillar.class.getDeclaredFields()) {
            if (ObservableList.class.isAssignableFrom(field.getType())) {
                assertTrue(field.getGenericType() instanceof ParameterizedType, field.getName());
            }
        }
    }
}
