package app.strategyworkbook.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;

/** Items added to, removed from, replaced in or moved within a list, kept as the list before and after. */
final class ListEdit<T> implements Edit {
    private final ObservableList<T> list;
    private final List<T> before;
    private final List<T> after;
    private final String what;

    ListEdit(ObservableList<T> list, List<T> before, List<T> after, String what) {
        this.list = list;
        this.before = new ArrayList<>(before);
        this.after = new ArrayList<>(after);
        this.what = what;
    }

    @Override
    public void undo() {
        list.setAll(before);
    }

    @Override
    public void redo() {
        list.setAll(after);
    }

    @Override
    public String description() {
        return what;
    }
}
