package tdlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of docs/architecture.md, enforced: one rule each, with the reason it exists. */
@AnalyzeClasses(packages = "tdlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("task").definedBy("tdlab.task..")
            .layer("json").definedBy("tdlab.json..")
            .layer("model").definedBy("tdlab.model..")
            .layer("theory").definedBy("tdlab.theory..")
            .layer("train").definedBy("tdlab.train..")
            .layer("analysis").definedBy("tdlab.analysis..")
            .layer("family").definedBy("tdlab.family..")
            .layer("sim").definedBy("tdlab.sim..")
            .layer("preset").definedBy("tdlab.preset..")
            .layer("sweep").definedBy("tdlab.sweep..")
            .layer("export").definedBy("tdlab.export..")
            .layer("render").definedBy("tdlab.render..")
            .layer("ui").definedBy("tdlab.ui..")
            .layer("cli").definedBy("tdlab.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("render").mayOnlyBeAccessedByLayers("export", "ui", "cli")
            .whereLayer("export").mayOnlyBeAccessedByLayers("render", "ui", "cli")
            .whereLayer("sweep").mayOnlyBeAccessedByLayers("export", "render", "ui", "cli")
            .whereLayer("preset").mayOnlyBeAccessedByLayers("export", "render", "ui", "cli")
            .whereLayer("sim").mayOnlyBeAccessedByLayers("sweep", "export", "render", "ui", "cli")
            .whereLayer("family").mayOnlyBeAccessedByLayers("sim", "preset", "sweep", "export", "render", "ui", "cli")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("render", "ui", "cli")
            .whereLayer("train").mayOnlyBeAccessedByLayers("analysis", "family", "sim", "preset", "sweep", "export",
                    "render", "ui", "cli")
            .whereLayer("task").mayNotAccessAnyLayer()
            .because("the engine (task, model, theory, train) knows nothing of runs, files or windows, so it can be"
                    + " tested and reused headless; a layer only uses the layers under it (docs/architecture.md)");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("tdlab.(*)..").should().beFreeOfCycles()
            .because("a cycle between two packages makes both one unit: neither can change or be tested alone");

    @ArchTest
    static final ArchRule engineIsFreeOfJavaFx = noClasses().that().resideOutsideOfPackages("tdlab.ui..", "tdlab.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("training, files and pictures must work without a display (headless run, export, CI)");

    @ArchTest
    static final ArchRule onlyTheNd4jBackendImportsNd4j = noClasses().that().resideOutsideOfPackage("tdlab.model.nd4j..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
            .because("ND4J and its native libraries are one optional backend; the plain backend must not need them");

    @ArchTest
    static final ArchRule theoryIsClosedFormsOverTasksAndModels = classes().that().resideInAPackage("tdlab.theory..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("tdlab.theory..", "tdlab.task..", "tdlab.model..",
                    "java..", "org.hipparchus..")
            .because("the closed forms are the tests' oracles: they must not depend on the training code they check");

    @ArchTest
    static final ArchRule lossPlanesWorkOnAnyModel = classes().that().resideInAPackage("tdlab.analysis..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("tdlab.analysis..", "tdlab.task..", "tdlab.model..",
                    "tdlab.theory..", "java..")
            .because("a loss plane needs a loss function and parameter vectors, nothing of a run, a file or a window,"
                    + " so the app, the exports and bench share one implementation");

    @ArchTest
    static final ArchRule taskFamiliesAreReachedThroughTheirFamily = noClasses()
            .that().resideInAnyPackage("tdlab.model..", "tdlab.train..", "tdlab.analysis..", "tdlab.sim..",
                    "tdlab.preset..", "tdlab.export..", "tdlab.json..")
            .should().dependOnClassesThat().haveFullyQualifiedName("tdlab.task.MarkovTask")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("tdlab.family.markov.ChainReferences")
            .because("the engine, runs and files see a task through TaskSpec, TaskFamily and Families, so a new"
                    + " family needs no edits there; only the family's own code, its panels and its sweeps know the"
                    + " concrete records")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule standardStreamsOnlyInTheCommandLine = noClasses().that().resideOutsideOfPackage("tdlab.cli..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the command line owns the terminal; everything else reports through return values,"
                    + " exceptions or the UI");

    @ArchTest
    static final ArchRule panelsKnowTheWindowOnlyThroughTheirContract = noClasses()
            .that().resideInAPackage("tdlab.ui.panels..")
            .should().dependOnClassesThat().resideInAnyPackage("tdlab.ui", "tdlab.ui.sidebar..", "tdlab.ui.dialogs..")
            .because("a panel reads the run and the window only through Panel and PanelContext, so a new scenario"
                    + " adds panel packages and edits no window code");

    @ArchTest
    static final ArchRule panelsDoNotDependOnEachOther = slices().matching("tdlab.ui.panels.(*)..")
            .should().notDependOnEachOther()
            .because("each panel is a unit that a scenario shows or leaves out on its own");
}
