package app.strategyworkbook.ui;

import app.strategyworkbook.check.Finding;
import app.strategyworkbook.check.Severity;
import app.strategyworkbook.edit.Workbook;
import app.strategyworkbook.session.Session;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: what is being done ("Saving plan.md…"), else the last thing done the user should hear of, else the
 * strategy's name, format, whether it is saved, and how many errors and warnings the checks found.
 */
final class StatusLine {
    private final StatusBar bar = new StatusBar();
    private final Session session;
    private final ObservableValue<List<Finding>> findings;

    StatusLine(Session session, ObservableValue<List<Finding>> findings) {
        this.session = session;
        this.findings = findings;
        bar.setId("status");
        Workbook workbook = session.workbook();
        for (Observable o : List.of(session.activityProperty(), session.noticeProperty(), findings,
                workbook.fileProperty(), workbook.formatProperty(), workbook.history().unsavedProperty())) {
            o.addListener(x -> update());
        }
        update();
    }

    StatusBar view() {
        return bar;
    }

    private void update() {
        if (!session.activityProperty().get().isEmpty()) {
            bar.setText(session.activityProperty().get());
            return;
        }
        if (!session.noticeProperty().get().isEmpty()) {
            bar.setText(session.noticeProperty().get());
            return;
        }
        Workbook workbook = session.workbook();
        List<Finding> found = findings.getValue() == null ? List.of() : findings.getValue();
        long errors = found.stream().filter(f -> f.severity() == Severity.ERROR).count();
        String format = workbook.file() == null ? "" : "  ·  " + workbook.formatProperty().get().label();
        bar.setText(workbook.nameBinding().get() + format + "  ·  "
                + (workbook.history().isUnsaved() ? "Unsaved changes"
                        : workbook.file() == null ? "Not saved yet" : "Saved") + "  ·  "
                + plural(errors, "error") + ", " + plural(found.size() - errors, "warning"));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
