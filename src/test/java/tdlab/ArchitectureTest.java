package tdlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("tdlab");

    @Test
    void engineIsFreeOfJavaFx() {
        noClasses().that().resideInAnyPackage("tdlab.task..", "tdlab.model..", "tdlab.train..", "tdlab.theory..",
                "tdlab.sim..", "tdlab.preset..", "tdlab.sweep..", "tdlab.render..", "tdlab.export..").should()
                .dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheNd4jBackendImportsNd4j() {
        noClasses().that().resideOutsideOfPackage("tdlab.model.nd4j..").should().dependOnClassesThat()
                .resideInAnyPackage("org.nd4j..").check(classes);
    }

    @Test
    void dependenciesPointDownwards() {
        noClasses().that().resideInAPackage("tdlab.task..").should().dependOnClassesThat()
                .resideInAnyPackage("tdlab.model..", "tdlab.train..", "tdlab.sim..", "tdlab.theory..", "tdlab.ui..",
                        "tdlab.cli..", "tdlab.preset..", "tdlab.export..").check(classes);
        noClasses().that().resideInAPackage("tdlab.model..").should().dependOnClassesThat()
                .resideInAnyPackage("tdlab.train..", "tdlab.sim..", "tdlab.theory..", "tdlab.ui..", "tdlab.cli..",
                        "tdlab.preset..", "tdlab.export..").check(classes);
        noClasses().that().resideInAPackage("tdlab.train..").should().dependOnClassesThat()
                .resideInAnyPackage("tdlab.sim..", "tdlab.ui..", "tdlab.cli..", "tdlab.preset..", "tdlab.export..")
                .check(classes);
        noClasses().that().resideInAPackage("tdlab.sim..").should().dependOnClassesThat()
                .resideInAnyPackage("tdlab.ui..", "tdlab.cli..", "tdlab.preset..", "tdlab.export..").check(classes);
        noClasses().that().resideInAnyPackage("tdlab.preset..", "tdlab.export..", "tdlab.sweep..", "tdlab.render..")
                .should().dependOnClassesThat().resideInAnyPackage("tdlab.ui..", "tdlab.cli..").check(classes);
        noClasses().that().resideInAnyPackage("tdlab.sim..", "tdlab.train..", "tdlab.model..", "tdlab.task..",
                "tdlab.theory..").should().dependOnClassesThat().resideInAnyPackage("tdlab.sweep..", "tdlab.render..")
                .check(classes);
    }

    @Test
    void panelsAreUnitsThatKnowTheWindowOnlyThroughTheirContract() {
        // a panel reads the run (sim, family, theory, render) and the window only through Panel and PanelContext,
        // so a new scenario adds panel packages and edits no window code
        noClasses().that().resideInAPackage("tdlab.ui.panels..").should().dependOnClassesThat()
                .resideInAnyPackage("tdlab.ui", "tdlab.ui.sidebar..", "tdlab.ui.dialogs..").check(classes);
        slices().matching("tdlab.ui.panels.(*)..").should().notDependOnEachOther().check(classes);
    }
}
