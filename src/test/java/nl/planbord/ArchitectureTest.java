package nl.planbord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
    static final ArchRule theTimelineSceneIsFreeOfJavaFx = noClasses()
            .that().resideInAPackage("nl.planbord.ui.timeline")
            .and().haveNameNotMatching("nl\\.planbord\\.ui\\.timeline\\.Timeline(View|Painter)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.awt..")
            .because("time scale, rows and scene builder are plain data, for the canvas, a picture in a report and tests alike;"
                    + " only the view and its painter know JavaFX");

    @ArchTest
    static final ArchRule noConsoleOutputOutsideTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("nl.planbord.app..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");
}
