package app.strategyworkbook.ui.present;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Deck;
import app.strategyworkbook.present.Slide;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The strategy presented full screen, answering the keys of {@link SlideKey}: Esc returns to the editor where it
 * was.
 */
public final class Presentation {
    private final StrategyDocument doc;
    private final List<Slide> slides;
    private final Stage stage = new Stage();
    private final StackPane root = new StackPane();
    private int index;
    private boolean dark;
    private boolean blank;
    private final StringBuilder typed = new StringBuilder();

    public Presentation(StrategyDocument doc, Window owner) {
        this.doc = doc;
        this.slides = Deck.shown(doc);
        stage.initOwner(owner);
        root.setId("presentation");
        root.setStyle("-fx-background-color: black;");
        Scene scene = new Scene(root, 1280, 720);
        stage.setScene(scene);
        stage.setTitle("Presenting - Strategy Workbook");
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        scene.setOnKeyPressed(e -> key(e.getCode(), e.getText()));
        scene.widthProperty().addListener((obs, was, is) -> show());
        scene.heightProperty().addListener((obs, was, is) -> show());
    }

    public void show() {
        if (!stage.isShowing()) {
            // With a projector attached, the slides go full screen there and the laptop shows the presenter view.
            List<javafx.stage.Screen> screens = javafx.stage.Screen.getScreens();
            javafx.stage.Screen target = javafx.stage.Screen.getPrimary();
            if (screens.size() > 1) {
                target = screens.stream().filter(s -> !s.equals(javafx.stage.Screen.getPrimary()))
                        .findFirst().orElse(screens.get(1));
                presenterView(javafx.stage.Screen.getPrimary());
            }
            // Cover the screen even where full screen is not granted, so the slide is fitted to what is seen.
            var bounds = target.getBounds();
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.setFullScreen(true);
            stage.show();
        }
        root.getChildren().clear();
        if (blank || slides.isEmpty()) {
            return;
        }
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        boolean wide = width / height > 1.55;
        var slide = SlideView.render(slides.get(index), doc, index + 1, slides.size(), wide, dark);
        root.getChildren().add(SlideView.fitted(slide, width, height));
        if (presenter != null) {
            presenter.update(slides, index, doc);
        }
    }

    private PresenterView presenter;

    /** Opens the presenter's view (current and next slide, timer) on {@code screen}. */
    void presenterView(javafx.stage.Screen screen) {
        presenter = new PresenterView(stage, screen, e -> key(e.getCode(), e.getText()));
        presenter.show();
        if (!slides.isEmpty()) {
            presenter.update(slides, index, doc);
        }
    }

    /** Opens the presenter view on the main screen, as when a projector is attached; for trying it with one screen. */
    public void showPresenterView() {
        presenterView(javafx.stage.Screen.getPrimary());
    }

    /** The speaker notes the presenter view shows now, for tests. */
    public String presenterNotes() {
        return presenter == null ? "" : presenter.notes();
    }

    public boolean presenterShowing() {
        return presenter != null && presenter.isShowing();
    }

    private void key(KeyCode code, String text) {
        SlideKey key = SlideKey.of(code).orElse(null);
        if (key == null) {
            if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0)) && typed.length() < 3) {
                typed.append(text);
            }
            return;
        }
        switch (key) {
            case NEXT -> go(index + 1);
            case PREVIOUS -> go(index - 1);
            case FIRST -> go(0);
            case LAST -> go(slides.size() - 1);
            case BLANK -> {
                blank = !blank;
                show();
            }
            case THEME -> {
                dark = !dark;
                show();
            }
            case LEAVE -> {
                if (presenter != null) {
                    presenter.close();
                }
                stage.close();
            }
            case GO_TO -> {
                if (typed.length() > 0) {
                    go(Integer.parseInt(typed.toString()) - 1);
                    typed.setLength(0);
                }
            }
        }
    }

    private void go(int to) {
        index = Math.max(0, Math.min(slides.size() - 1, to));
        blank = false;
        show();
    }

    /** The slide shown now, for tests. */
    public Slide current() {
        return slides.get(index);
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }
}
