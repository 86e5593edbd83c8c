package app.strategyworkbook.ui;

import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The window as it first appears: at its size, with its title, and the outline of its menu bar, toolbar and status
 * bar in the theme's colours. It is drawn without a control, so it needs neither the theme nor a font, and it is on
 * screen as soon as an empty window would be. The real bars replace it in the next frame, on the same scene, and the
 * sections come in the frames after that.
 */
final class FirstFrame {
    /** The light theme's bar colour, border colour and page colour (Primer's subtle, border and default). */
    private static final Color BAR = Color.web("#f6f8fa");
    private static final Color LINE = Color.web("#d0d7de");
    private static final Color PAGE = Color.WHITE;
    /** The bars' heights at the window's 13 px text, as the theme lays them out: menu bar, toolbar, status bar. */
    private static final double MENU_BAR = 35;
    private static final double TOOLBAR = 39;
    private static final double STATUS_BAR = 29;

    private FirstFrame() {
    }

    /** Shows {@code stage} with the outline of the window. */
    static void show(Stage stage) {
        Region menus = bar(MENU_BAR, 1, 0);
        Region toolbar = bar(TOOLBAR, 1, 0);
        Region status = bar(STATUS_BAR, 0, 1);
        BorderPane outline = new BorderPane(null, new javafx.scene.layout.VBox(menus, toolbar), null, status, null);
        outline.setBackground(new Background(new BackgroundFill(PAGE, null, null)));
        // A stage used before (the tests' one) may still hold an earlier window: its title and its registration.
        stage.titleProperty().unbind();
        stage.getProperties().remove(WorkbookWindow.class);
        stage.setTitle("Strategy Workbook");
        stage.setScene(sizedScene(outline));
        stage.show();
    }

    /** A scene for the window's root, as large as the screen allows up to a comfortable size. */
    static Scene sizedScene(Parent root) {
        // On a 1280x800 laptop every section's tab shows.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
    }

    private static Region bar(double height, double lineBelow, double lineAbove) {
        Region bar = new Region();
        bar.setMinHeight(height + lineBelow + lineAbove);
        bar.setPrefHeight(height + lineBelow + lineAbove);
        bar.setBackground(new Background(new BackgroundFill(BAR, null, Insets.EMPTY)));
        bar.setBorder(new Border(new BorderStroke(LINE, BorderStrokeStyle.SOLID, null,
                new BorderWidths(lineAbove, 0, lineBelow, 0))));
        return bar;
    }

    /**
     * Runs {@code work} at the start of the frame after the coming one, so that the coming one is drawn without
     * waiting for it.
     */
    static void afterNextFrame(Runnable work) {
        new AnimationTimer() {
            private boolean coming = true;

            @Override
            public void handle(long now) {
                if (coming) {
                    coming = false;
                    return;
                }
                stop();
                work.run();
            }
        }.start();
    }
}
