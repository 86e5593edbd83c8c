package app.strategyworkbook.edit;

import app.strategyworkbook.model.StrategyDocument;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Records every change to a document in its {@link EditHistory}: each text field and each list of the model, found
 * through the model's own getters, and the items lists gain later. Editors only change the model; that alone makes the
 * change undoable, so no editor can forget to record one.
 */
public final class DocumentWatcher {
    private final EditHistory history;
    private final Map<Object, Boolean> watched = new IdentityHashMap<>();
    private final List<Runnable> detach = new ArrayList<>();

    public DocumentWatcher(StrategyDocument doc, EditHistory history) {
        this.history = history;
        watch(doc);
    }

    /** Stops recording: the document is closed. */
    public void close() {
        detach.forEach(Runnable::run);
        detach.clear();
        watched.clear();
    }

    private void watch(Object part) {
        if (part == null || watched.put(part, Boolean.TRUE) != null) {
            return;
        }
        for (Method getter : GETTERS.get(part.getClass())) {
            Object value = invoke(getter, part);
            if (value instanceof StringProperty text && getter.getName().endsWith("Property")) {
                watchText(text);
            } else if (value instanceof ObservableList<?> list && getter.getName().startsWith("get")) {
                watchList(list, getter.getName().substring(3));
            } else if (getter.getName().startsWith("get") && value != null
                    && value.getClass().getPackageName().startsWith("app.strategyworkbook.model")
                    && !(value instanceof String) && !value.getClass().isEnum()) {
                watch(value);
            }
        }
    }

    /**
     * The model's own getters of each model class, found once per class: a strategy of thousands of risks would
     * otherwise ask the class for its methods thousands of times while the file opens.
     */
    private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> getters = new ArrayList<>();
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                        && method.getDeclaringClass().getPackageName().startsWith("app.strategyworkbook.model")) {
                    getters.add(method);
                }
            }
            return List.copyOf(getters);
        }
    };

    private void watchText(StringProperty text) {
        ChangeListener<String> listener = (obs, before, after) -> {
            history.record(new TextEdit(text, before, after));
        };
        text.addListener(listener);
        detach.add(() -> text.removeListener(listener));
    }

    private <T> void watchList(ObservableList<T> list, String name) {
        List<T> snapshot = new ArrayList<>(list);
        String words = FieldNames.of(new javafx.beans.property.SimpleStringProperty(null, lower(name)));
        ListChangeListener<T> listener = change -> {
            List<T> after = new ArrayList<>(list);
            history.record(new ListEdit<>(list, snapshot, after, describe(change, words)));
            snapshot.clear();
            snapshot.addAll(after);
            after.forEach(this::watch);
        };
        list.forEach(this::watch);
        list.addListener(listener);
        detach.add(() -> list.removeListener(listener));
    }

    private static String describe(ListChangeListener.Change<?> change, String list) {
        String what = "change to " + list;
        while (change.next()) {
            if (change.wasPermutated()) {
                what = "reordering " + list;
            } else if (change.wasReplaced()) {
                what = "change to " + list;
            } else if (change.wasAdded()) {
                what = "adding to " + list;
            } else if (change.wasRemoved()) {
                what = "removing from " + list;
            }
        }
        return what;
    }

    private static String lower(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object invoke(Method getter, Object part) {
        try {
            return getter.invoke(part);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The model's getter " + getter + " could not be read", e);
        }
    }
}
