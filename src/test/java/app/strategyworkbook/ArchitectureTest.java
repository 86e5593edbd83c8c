package app.strategyworkbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers stay apart: the model, the formats, the checks and the command line never touch the UI toolkit. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.strategyworkbook");

    @Test
    void theModelKnowsNothingOfFilesChecksOrScreens() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("app.strategyworkbook.format..",
                        "app.strategyworkbook.check..", "app.strategyworkbook.ui..", "app.strategyworkbook.cli..",
                        "javafx.scene..", "javafx.application..", "javafx.stage..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void formatsChecksAndTheCommandLineNeverLoadTheToolkit() {
        noClasses().that().resideInAnyPackage("app.strategyworkbook.format..", "app.strategyworkbook.check..",
                        "app.strategyworkbook.edit..", "app.strategyworkbook.present..",
                        "app.strategyworkbook.cli..", "app.strategyworkbook.recovery..")
                .should().dependOnClassesThat().resideInAnyPackage("app.strategyworkbook.ui..", "javafx.scene..",
                        "javafx.application..", "javafx.stage..", "org.controlsfx..")
                .check(classes);
    }

    /**
     * What a strategy file holds is shown as text, never run or followed: no web engine renders it, and no link in it
     * is opened, by a click or otherwise (hostile-file catalogue H25 and H26). The app itself asks the desktop to open
     * one thing, in one place: the folder it has just exported slides into.
     */
    @Test
    void nothingInAFileIsRunOrFollowed() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.awt.Desktop")
                .orShould().dependOnClassesThat().resideInAnyPackage("javax.script..")
                .check(classes);
        noClasses().that().doNotHaveFullyQualifiedName("app.strategyworkbook.ui.WorkbookApp")
                .should().callMethod(javafx.application.HostServices.class, "showDocument", String.class)
                .check(classes);
    }
}
