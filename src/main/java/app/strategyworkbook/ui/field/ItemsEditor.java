package app.strategyworkbook.ui.field;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Pillars, customer segments, guidance groups: one panel per item, titled by the item, with its own form, and buttons
 * to add an item, and to remove or move each one. Rebuilt whenever the list changes, undo included.
 */
public final class ItemsEditor<T> {
    private final VBox view = new VBox();

    /**
     * @param form     builds an item's form from the item and its position
     * @param title    the panel title of an item at a position
     */
    public ItemsEditor(String id, String noun, ObservableList<T> items, Supplier<T> newItem,
                       BiFunction<T, Integer, Node> form, BiFunction<T, Integer, String> title,
                       Function<T, javafx.beans.Observable[]> titleDependsOn) {
        view.setId(id);
        view.getStyleClass().add("items-editor");
        VBox panels = new VBox();
        panels.getStyleClass().add("item-panels");
        FrameByFrame.partByPart(panels);
        Runnable rebuild = () -> {
            panels.getChildren().clear();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                int at = i;
                TitledPane panel = new TitledPane("", form.apply(item, i));
                panel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> title.apply(item, at), titleDependsOn.apply(item)));
                panel.setId(id + "-" + i);
                panel.getStyleClass().add("card");
                Button remove = Icons.button(id + "-" + i + "-remove", org.kordamp.ikonli.feather.Feather.TRASH_2,
                        "Remove " + noun, null, () -> items.remove(at));
                Button up = Icons.button(id + "-" + i + "-up", org.kordamp.ikonli.feather.Feather.ARROW_UP,
                        "Move " + noun + " up", null, () -> move(items, at, -1));
                Button down = Icons.button(id + "-" + i + "-down", org.kordamp.ikonli.feather.Feather.ARROW_DOWN,
                        "Move " + noun + " down", null, () -> move(items, at, 1));
                for (Button hover : java.util.List.of(remove, up, down)) {
                    hover.getStyleClass().add("on-hover");
                }
                up.setDisable(i == 0);
                down.setDisable(i == items.size() - 1);
                VBox content = new VBox((Node) panel.getContent(), new HBox(remove, up, down));
                content.getStyleClass().add("item-content");
                ((HBox) content.getChildren().get(1)).getStyleClass().add("row-buttons");
                panel.setContent(content);
                panels.getChildren().add(panel);
            }
        };
        rebuild.run();
        items.addListener((ListChangeListener<T>) c -> rebuild.run());
        Button add = Icons.button(id + "-add", org.kordamp.ikonli.feather.Feather.PLUS, "Add " + noun, null, () -> {
            items.add(newItem.get());
            reveal(panels.getChildren().get(panels.getChildren().size() - 1));
        });
        add.setText("Add " + noun);
        add.getStyleClass().add("add-button");
        view.getChildren().addAll(panels, new HBox(add));
    }

    /**
     * Moves an item up (-1) or down (+1). The view follows it: its panel is scrolled into view and its own move button
     * keeps the keyboard, so pressing it again moves the same item on.
     */
    private void move(ObservableList<T> items, int from, int by) {
        int to = from + by;
        if (to < 0 || to >= items.size()) {
            return;
        }
        java.util.List<T> reordered = new java.util.ArrayList<>(items);
        reordered.add(to, reordered.remove(from));
        items.setAll(reordered);
        var panels = (VBox) view.getChildren().get(0);
        Node panel = panels.getChildren().get(to);
        Reveal.node(panel);
        String button = view.getId() + "-" + to + (by < 0 && to > 0 || to == items.size() - 1 ? "-up" : "-down");
        Node keyboard = panel.lookup("#" + button);
        if (keyboard != null) {
            keyboard.requestFocus();
        }
    }

    /**
     * A new pillar or segment is brought into view and its first field takes the keyboard, ready to be named: the
     * panel is added at the end of the form, below what was on screen.
     */
    private static void reveal(Node panel) {
        Reveal.node(panel);
        if (panel.lookup(".text-input") instanceof javafx.scene.control.TextInputControl first) {
            first.requestFocus();
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text);
        button.setOnAction(e -> action.run());
        return button;
    }

    public VBox view() {
        return view;
    }

    /** A title that follows a text field of the item: "Pillar 2: Trust" as the name is typed. */
    public static <T> BiFunction<T, Integer, String> numbered(String word, Function<T, String> name) {
        return (item, i) -> word + " " + (i + 1) + (name.apply(item).isEmpty() ? "" : ": " + name.apply(item));
    }
}
