package app.strategyworkbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers stay apart: the model, the catalogue, the formats, the checks, the session and the command line never
 * touch the UI toolkit; the window does not reach into the Markdown format; no package depends on itself through
 * others; one class starts background work.
 */
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
                        "app.strategyworkbook.cli..", "app.strategyworkbook.recovery..",
                        "app.strategyworkbook.template..", "app.strategyworkbook.session..",
                        "app.strategyworkbook.background..")
                .should().dependOnClassesThat().resideInAnyPackage("app.strategyworkbook.ui..", "javafx.scene..",
                        "javafx.application..", "javafx.stage..", "javafx.animation..", "javafx.concurrent..",
                        "org.controlsfx..")
                .check(classes);
    }

    /** The window knows fields by the catalogue, and files by StrategyFiles: the Markdown format is the format's. */
    @Test
    void theWindowDoesNotReachIntoTheMarkdownFormat() {
        noClasses().that().resideInAPackage("app.strategyworkbook.ui..")
                .should().dependOnClassesThat().resideInAPackage("app.strategyworkbook.format.markdown..")
                .check(classes);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("app.strategyworkbook.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * Background work is started in one place, {@code Background}, whose lanes each keep their work in order: no raw
     * thread, pool, JavaFX task or common-pool async call anywhere else.
     */
    @Test
    void oneClassStartsBackgroundWork() {
        noClasses().that().doNotHaveFullyQualifiedName("app.strategyworkbook.background.Background")
                .should().callConstructorWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "of a thread or a thread pool", call -> {
                            var owner = call.getTarget().getOwner();
                            return owner.isAssignableTo(Thread.class)
                                    || owner.isAssignableTo(java.util.concurrent.ThreadPoolExecutor.class)
                                    || owner.isAssignableTo(java.util.concurrent.ForkJoinPool.class);
                        }))
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "making a pool or using the common pool", call -> {
                            var target = call.getTarget();
                            String owner = target.getOwner().getName();
                            return owner.equals(java.util.concurrent.Executors.class.getName())
                                    || owner.equals(java.util.concurrent.CompletableFuture.class.getName())
                                    && target.getName().endsWith("Async") && target.getRawParameterTypes().size() == 1;
                        }))
                .orShould().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
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
