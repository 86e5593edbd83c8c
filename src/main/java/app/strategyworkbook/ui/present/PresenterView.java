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
 * The presenter's screen while the slides are on the projector: the current slide with its speaker notes under it,
 * the next slide, the slide number and the time since the presentation began. Its keys drive the slides too.
 */
final class PresenterView {
    private final Stage stage = new Stage();
    private final StackPane current = new StackPane();
    private final StackPane next = new StackPane();
    private final Label position = new Label();
    private final Label clock = new Label("00:00");
    private final Label notes = new Label();
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
        notes.setId("presenter-notes");
        notes.setWrapText(true);
        notes.setMaxWidth(760);
        notes.setStyle("-fx-font-size: 20px; -fx-text-fill: #e6edf3;");
        javafx.scene.control.ScrollPane notesPane = new javafx.scene.control.ScrollPane(notes);
        notesPane.setFitToWidth(true);
        notesPane.setPrefViewportHeight(220);
        notesPane.setStyle("-fx-background: #0d1117; -fx-background-color: #0d1117;");
        VBox.setVgrow(notesPane, javafx.scene.layout.Priority.ALWAYS);
        VBox main = new VBox(16, current, notesPane);
        VBox side = new VBox(14, nextLabel, next, position, clock);
        HBox root = new HBox(24, main, side);
        root.setStyle("-fx-background-color: #0d1117; -fx-padding: 24;");
        var bounds = screen.getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, bounds.getWidth()), Math.min(800, bounds.getHeight()));
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

    void update(List<Slide> slides, int index, StrategyDocument doc) {
        current.getChildren().setAll(SlideView.fitted(SlideView.render(slides.get(index), doc, index + 1,
                slides.size(), true, false), 760, 428));
        String said = slides.get(index).notes();
        notes.setText(said.isEmpty() ? "No notes for this slide." : said);
        notes.setOpacity(said.isEmpty() ? 0.6 : 1);
        if (index + 1 < slides.size()) {
            next.getChildren().setAll(SlideView.fitted(SlideView.render(slides.get(index + 1), doc, index + 2,
                    slides.size(), true, false), 400, 225));
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

    /** The notes shown for the current slide. */
    String notes() {
        return notes.getText();
    }

    boolean isShowing() {
        return stage.isShowing();
    }
}
