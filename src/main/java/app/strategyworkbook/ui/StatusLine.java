package app.strategyworkbook.ui;

import app.strategyworkbook.words.Plural;
import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.Severity;
import app.strategyworkbook.edit.Workbook;
import app.strategyworkbook.session.Session;
import app.strategyworkbook.check.Completion;
import app.strategyworkbook.template.DocumentPart;
import app.strategyworkbook.ui.field.Icons;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;

/**
 * The status bar: what is being done ("Saving plan.md…"), else the last thing done the user should hear of, else the
 * strategy's name, format and whether it is saved; at its right, a badge with how many errors and warnings the checks
 * found and how much of the strategy is filled in, which opens and closes the checks drawer.
 */
final class StatusLine {
    private final StatusBar bar = new StatusBar();
    private final Button badge = new Button();
    private final Session session;
    private final ObservableValue<List<Finding>> findings;
    private final ObservableValue<Completion> completion;

    /** @param toggleChecks opens or closes the checks drawer */
    StatusLine(Session session, ObservableValue<List<Finding>> findings, ObservableValue<Completion> completion,
               Runnable toggleChecks) {
        this.session = session;
        this.findings = findings;
        this.completion = completion;
        bar.setId("status");
        badge.setId("checksBadge");
        badge.getStyleClass().addAll("checks-badge", "flat");
        badge.setMnemonicParsing(false);
        badge.setFocusTraversable(false);
        badge.setOnAction(e -> toggleChecks.run());
        app.strategyworkbook.ui.field.HoverTip.install(badge, () -> "Show or hide the checks (F8)");
        bar.getRightItems().add(badge);
        Workbook workbook = session.workbook();
        for (Observable o : List.of(session.activityProperty(), session.noticeProperty(), findings, completion,
                workbook.fileProperty(), workbook.formatProperty(), workbook.changedBinding())) {
            o.addListener(x -> update());
        }
        update();
    }

    StatusBar view() {
        return bar;
    }

    private void update() {
        updateBadge();
        if (!session.activityProperty().get().isEmpty()) {
            bar.setText(session.activityProperty().get());
            return;
        }
        if (!session.noticeProperty().get().isEmpty()) {
            bar.setText(session.noticeProperty().get());
            return;
        }
        Workbook workbook = session.workbook();
        String format = workbook.file() == null ? "" : "  ·  " + workbook.formatProperty().get().label();
        bar.setText(workbook.nameBinding().get() + format + "  ·  "
                + (workbook.changedBinding().get() ? "Unsaved changes"
                        : workbook.file() == null ? "Not saved yet" : "Saved"));
    }

    /** The badge: problems found (fields left to fill in are the meter's, not warnings here) and the share filled in. */
    private void updateBadge() {
        List<Finding> found = findings.getValue() == null ? List.of() : findings.getValue();
        long errors = found.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = found.stream().filter(f -> f.severity() == Severity.WARNING && !f.unfilled()).count();
        int filled = 0;
        int expected = 0;
        Completion done = completion.getValue();
        if (done != null) {
            for (DocumentPart part : DocumentPart.values()) {
                filled += done.of(part).filled();
                expected += done.of(part).expected();
            }
        }
        long share = expected == 0 ? 100 : Math.round(100.0 * filled / expected);
        badge.setText(plural(errors, "error") + ", " + plural(warnings, "warning") + "  ·  " + share + "% filled in");
        badge.setGraphic(Icons.of(errors > 0 ? Feather.ALERT_CIRCLE : warnings > 0 ? Feather.ALERT_TRIANGLE
                : Feather.CHECK_CIRCLE));
        badge.getStyleClass().removeAll("has-errors", "has-warnings");
        if (errors > 0) {
            badge.getStyleClass().add("has-errors");
        } else if (warnings > 0) {
            badge.getStyleClass().add("has-warnings");
        }
    }

    private static String plural(long n, String word) {
        return Plural.of(n, word);
    }
}
