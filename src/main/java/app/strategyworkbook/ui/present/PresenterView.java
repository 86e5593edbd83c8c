package app.strategyworkbook.ui.present;

import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.present.Slide;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The presenter's screen while the slides are on the projector: the current slide, the next one, the slide number and
 * the time since the presentation began. Its keys drive the slides too.
 */
final class PresenterView {
    private final Stage stage = new Stage();
    private final StackPane current = new StackPane();
    private final StackPane next = new StackPane();
    private final Label position = new Label();
    private final Label clock = new Label("00:00");
    private final Instant started = Instant.now();
    private final Timeline tick;

    PresenterView(Window owner, Screen screen, Consumer<KeyEvent> keys) {
        stage.initOwner(owner);
        stage.setTitle("Presenter - Strategy Workbook");
        position.setId("presenter-position");
        clock.setId("presenter-clock");
        position.setStyle("-fx-font-size: 22px; -fx-text-fill: white;");
        clock.setStyle("-fx-font-size: 44px; -fx-font-weight: bold; -fx-text-fill: white;");
        Label nextLabel = new Label("Next");
        nextLabel.setStyle("-fx-font-size: 18px; -fx-text-fill: #8b949e;");
        current.setId("presenter-current");
        next.setId("presenter-next");
        VBox side = new VBox(14, nextLabel, next, position, clock);
        HBox root = new HBox(24, current, side);
        root.setStyle("-fx-background-color: #0d1117; -fx-padding: 24;");
        var bounds = screen.getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, bounds.getWidth()), Math.min(720, bounds.getHeight()));
        scene.setOnKeyPressed(keys::accept);
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        tick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> showTime()));
        tick.setCycleCount(Timeline.INDEFINITE);
    }

    void show() {
        stage.show();
        tick.play();
    }

    void update(List<Slide> slides, int index, StrategyDocument doc, boolean finalStatus) {
        current.getChildren().setAll(SlideView.fitted(SlideView.render(slides.get(index), doc, index + 1,
                slides.size(), true, false, finalStatus), 760, 428));
        if (index + 1 < slides.size()) {
            next.getChildren().setAll(SlideView.fitted(SlideView.render(slides.get(index + 1), doc, index + 2,
                    slides.size(), true, false, finalStatus), 400, 225));
        } else {
            Label end = new Label("End of the presentation");
            end.setStyle("-fx-text-fill: white; -fx-font-size: 18px;");
            next.getChildren().setAll(end);
        }
        position.setText("Slide " + (index + 1) + " of " + slides.size());
        showTime();
    }

    private void showTime() {
        long seconds = Duration.between(started, Instant.now()).getSeconds();
        clock.setText(String.format("%02d:%02d", seconds / 60, seconds % 60));
    }

    void close() {
        tick.stop();
        stage.close();
    }

    boolean isShowing() {
        return stage.isShowing();
    }
}
