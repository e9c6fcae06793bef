package nl.planbord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** Keeps the layers apart: model and planning are pure Java; store and io never know the UI. */
@AnalyzeClasses(packages = "nl.planbord", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelAndPlanningArePureJava = noClasses()
            .that().resideInAnyPackage("nl.planbord.model..", "nl.planbord.planning..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..",
                    "org.apache.poi..", "com.fasterxml.jackson..", "org.controlsfx..", "java.awt..", "javax.swing..")
            .because("model and planning logic must run and be tested without UI, database or file formats");

    @ArchTest
    static final ArchRule modelAndPlanningDoNotKnowTheOuterLayers = noClasses()
            .that().resideInAnyPackage("nl.planbord.model..", "nl.planbord.planning..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.planbord.store..", "nl.planbord.io..", "nl.planbord.ui..", "nl.planbord.app..");

    @ArchTest
    static final ArchRule storeAndIoDoNotKnowTheUi = noClasses()
            .that().resideInAnyPackage("nl.planbord.store..", "nl.planbord.io..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.planbord.ui..", "nl.planbord.app..", "javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule storeAndIoAreIndependent = noClasses()
            .that().resideInAPackage("nl.planbord.store..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.planbord.io..", "org.apache.poi..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule modelDoesNotKnowPlanning = noClasses()
            .that().resideInAPackage("nl.planbord.model..")
            .should().dependOnClassesThat().resideInAPackage("nl.planbord.planning..")
            .because("the model is the programme as it is; planning logic works on it, not the other way round");

    @ArchTest
    static final ArchRule ioDoesNotKnowTheStore = noClasses()
            .that().resideInAPackage("nl.planbord.io..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.planbord.store..", "org.h2..", "java.sql..")
            .because("reading and writing files must work without a database (the command line converts files without a store)");

    /** The ui package itself is a slice of its own, beside each sub-package, so a cycle through it counts too. */
    private static final SliceAssignment UI_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (pkg.equals("nl.planbord.ui")) {
                return SliceIdentifier.of("ui");
            }
            if (pkg.startsWith("nl.planbord.ui.")) {
                return SliceIdentifier.of("ui." + pkg.substring("nl.planbord.ui.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the ui package and each of its sub-packages";
        }
    };

    @ArchTest
    static final ArchRule noCyclesBetweenUiPackages = slices().assignedFrom(UI_PACKAGES).should().beFreeOfCycles()
            .because("the main window (ui.main) uses the other views; they use only the shared view models and services in ui");

    @ArchTest
    static final ArchRule theTimelineSceneIsFreeOfJavaFx = noClasses()
            .that().resideInAPackage("nl.planbord.ui.timeline")
            .and().haveNameNotMatching("nl\\.planbord\\.ui\\.timeline\\.Timeline(View|Painter|Legend|Print)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.awt..")
            .because("time scale, rows and scene builder are plain data, for the canvas, a picture in a report and tests alike;"
                    + " only the view, its painter, the legend drawn with it and the printed page know JavaFX");

    @ArchTest
    static final ArchRule theFilePaintersRunWithoutJavaFx = noClasses()
            .that().resideInAPackage("nl.planbord.ui.timeline.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the timeline as PDF or picture is drawn by the command line and for the report with no display and no JavaFX"
                    + " toolkit (java.awt.headless): Java2D and PDFBox only, and the scene they draw");

    @ArchTest
    static final ArchRule pdfBoxOnlyInTheFilePainters = noClasses()
            .that().resideOutsideOfPackage("nl.planbord.ui.timeline.export..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
            .because("PDF pages are drawn in one place, by the timeline's pen on PDFBox");

    @ArchTest
    static final ArchRule noConsoleOutputOutsideTheCommandLine = noClasses()
            .that().doNotHaveFullyQualifiedName("nl.planbord.app.Launcher").and().doNotHaveFullyQualifiedName("nl.planbord.app.FirstFrame")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the command line prints through the streams it is given; everything else logs through slf4j");

    @ArchTest
    static final ArchRule noPrintedStackTraces = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace")
            .because("an error is logged with its cause through slf4j, and the user reads a Dutch message");
}
