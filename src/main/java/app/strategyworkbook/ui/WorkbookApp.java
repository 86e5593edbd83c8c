package app.strategyworkbook.ui;

import app.strategyworkbook.check.StrategyChecks;
import app.strategyworkbook.check.Severity;
import app.strategyworkbook.format.StrategyFiles;
import app.strategyworkbook.format.StrategyFormatException;
import app.strategyworkbook.format.markdown.MarkdownStrategyFormat;
import app.strategyworkbook.model.StrategyDocument;
import app.strategyworkbook.model.TemplateSection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The workbook window. For now it opens a document (a file named on the command line, or a new one from the template)
 * and shows each section of it on its own tab; the section editors build on this.
 */
public final class WorkbookApp extends Application {
    private final StrategyFiles files = new StrategyFiles();
    private final MarkdownStrategyFormat markdown = new MarkdownStrategyFormat();
    private Path file;
    private final Label title = new Label();
    private final TabPane sections = new TabPane();
    private final StatusBar status = new StatusBar();

    public WorkbookApp() {
    }

    /** A window that opens {@code file} (null for a new document). */
    public WorkbookApp(Path file) {
        this.file = file;
    }

    public static void launchWith(String[] args) {
        Application.launch(WorkbookApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        if (file == null && !args.isEmpty()) {
            file = Path.of(args.get(0));
        }
        title.getStyleClass().add("document-title");
        title.setId("documentTitle");
        sections.setId("sections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        status.setId("status");
        status.setText("Opening…");
        BorderPane root = new BorderPane(sections, title, null, status, null);
        Scene scene = new Scene(root, 1100, 760);
        scene.getStylesheets().add(WorkbookApp.class.getResource("workbook.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Strategy Workbook");
        stage.show();
        load(stage);
    }

    /** Reads the file off the FX thread; a file that fails to open says why and leaves a new document open. */
    private void load(Stage stage) {
        Path toOpen = file;
        Task<StrategyDocument> reading = new Task<>() {
            @Override
            protected StrategyDocument call() throws StrategyFormatException {
                return toOpen == null ? files.newDocument() : files.open(toOpen).document();
            }
        };
        reading.setOnSucceeded(e -> show(stage, reading.getValue(), toOpen));
        reading.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, reading.getException().getMessage());
            alert.setHeaderText("This file could not be opened");
            alert.initOwner(stage);
            alert.show();
            show(stage, files.newDocument(), null);
        });
        Thread thread = new Thread(reading, "open-strategy");
        thread.setDaemon(true);
        thread.start();
    }

    private void show(Stage stage, StrategyDocument doc, Path path) {
        String name = path == null ? "New strategy" : path.getFileName().toString();
        String heading = doc.getHeader().getTitle().isEmpty() ? "Company Strategy" : doc.getHeader().getTitle();
        title.setText(heading);
        stage.setTitle(name + " - Strategy Workbook");
        sections.getTabs().clear();
        for (TemplateSection section : TemplateSection.values()) {
            TextArea text = new TextArea(markdown.writeSection(doc, section).strip());
            text.setEditable(false);
            text.setWrapText(true);
            text.getStyleClass().add("section-text");
            text.setId("section-" + section.key());
            text.setAccessibleText(section.heading());
            // Short titles, so every section's tab fits a laptop screen; the tooltip gives the template's heading.
            Tab tab = new Tab(section.shortTitle(), text);
            tab.setId("tab-" + section.key());
            tab.setTooltip(new Tooltip(section.heading()));
            sections.getTabs().add(tab);
        }
        var findings = new StrategyChecks().check(doc, LocalDate.now());
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        status.setText(name + (path == null ? "" : "  ·  " + (name.endsWith(".json") ? "JSON" : "Markdown"))
                + "  ·  " + errors + " errors, " + (findings.size() - errors) + " warnings");
    }
}
