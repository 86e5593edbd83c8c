package app.strategyworkbook.ui.chart;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A chart follows what it draws, not every edit: the rows of one list and the fields of each row it shows. Typing in
 * another section, or saving, leaves it as it is. The listeners live as long as the document, as the chart does.
 */
final class FollowItems {
    private FollowItems() {
    }

    /** Calls {@code changed} when {@code list} changes, or one of the {@code fields} of any of its rows. */
    static <T> void follow(ObservableList<T> list, Function<T, List<ObservableValue<?>>> fields, Runnable changed) {
        ChangeListener<Object> onField = (obs, was, is) -> changed.run();
        list.forEach(row -> fields.apply(row).forEach(field -> field.addListener(onField)));
        list.addListener((ListChangeListener<T>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(row -> fields.apply(row).forEach(field -> field.removeListener(onField)));
                change.getAddedSubList().forEach(row -> fields.apply(row).forEach(field -> field.addListener(onField)));
            }
            changed.run();
        });
    }
}
