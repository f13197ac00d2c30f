package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.model.Backend;
import tdlab.model.CanonicalConfig;
import tdlab.model.ParamGroup;
import tdlab.preset.Preset;
import tdlab.preset.ViewSettings;
import tdlab.sim.Frame;
import tdlab.sim.Simulation;
import tdlab.task.MarkovTask;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.TrainingConfig;
import tdlab.ui.panels.ChartView;
import tdlab.ui.panels.landscape.LandscapePanel;
import tdlab.ui.panels.loss.LossPanel;
import tdlab.ui.panels.plane.PlanePanel;

/**
 * What a teacher in front of a class relies on, driven headless (Monocle) the way a user drives the window:
 * keys go where the focus is, the look stays the user's, nothing stale survives a new run, a divergence is
 * readable, the time cursor shows where the panels are, and the transport's icons draw.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomWindowTest {
    private SessionViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load(Presets.DEFAULT));
        window = new MainWindow(stage, vm);
        window.show();
    }

    @AfterEach
    void close() {
        window.stop();
        vm.close();
    }

    private void load(Preset p) throws Exception {
        WindowTests.fx(() -> {
            vm.load(p);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.stepProperty().get() == 0);
    }

    private void trainTo(int steps) throws Exception {
        WindowTests.fx(() -> {
            vm.step(steps);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get().step() == steps && vm.simulation().awaitIdle(1));
    }

    /** A key typed, then time for a wrongly started run to show itself. */
    private static void type(FxRobot robot, KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
    }

    @Test
    void numberFieldsKeepTheirKeysUntilEscGivesTheKeysBackToTheTransport(FxRobot robot) throws Exception {
        load(Presets.load("s1a-local-to-global-pq-below-one"));
        trainTo(20);
        @SuppressWarnings("unchecked")
        Spinner<Integer> steps = robot.lookup("#phase-steps").queryAs(Spinner.class);
        String before = steps.getEditor().getText();
        robot.clickOn(steps.getEditor());
        robot.type(KeyCode.END);
        type(robot, KeyCode.BACK_SPACE);
        assertThat(vm.stepProperty().get()).as("Backspace in the steps box deletes a digit, not the run")
                .isEqualTo(20);
        assertThat(steps.getEditor().getText()).isEqualTo(before.substring(0, before.length() - 1));
        type(robot, KeyCode.SPACE);
        assertThat(vm.runningProperty().get()).as("Space in the steps box does not play").isFalse();
        type(robot, KeyCode.RIGHT);
        assertThat(vm.stepProperty().get()).as("→ moves the caret, not the run").isEqualTo(20);

        @SuppressWarnings("unchecked")
        Spinner<Integer> states = robot.lookup("#states").queryAs(Spinner.class);
        robot.clickOn(states.getEditor());
        type(robot, KeyCode.BACK_SPACE);
        assertThat(vm.stepProperty().get()).as("Backspace in the states spinner").isEqualTo(20);

        TextField cell = robot.lookup("#cell-0-1").queryAs(TextField.class);
        robot.clickOn(cell);
        type(robot, KeyCode.SPACE);
        assertThat(vm.runningProperty().get()).as("Space in a matrix cell").isFalse();

        type(robot, KeyCode.ESCAPE); // leaves the field: the keys are the transport's again
        Node focus = WindowTests.fx(() -> window.scene().getFocusOwner());
        assertThat(focus).isNotSameAs(cell).isNotInstanceOf(TextInputControl.class);
        robot.type(KeyCode.SPACE);
        WindowTests.waitUntil(window, () -> vm.runningProperty().get());
        robot.type(KeyCode.SPACE);
        WindowTests.waitUntil(window, () -> !vm.runningProperty().get());
        robot.type(KeyCode.BACK_SPACE);
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == 0);
    }

    private static double menuFont(FxRobot robot) {
        return robot.lookup(".menu-bar .label").queryAs(Label.class).getFont().getSize();
    }

    @Test
    void presenterModeAndTheThemeAreTheUsersAndSurviveLoadingPresets(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        double normal = menuFont(robot);
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTests.fx(() -> window.theme().presenterProperty().get())).isFalse();
        assertThat(menuFont(robot)).as("the menu bar's type after presenter mode").isEqualTo(normal);

        WindowTests.fx(() -> {
            window.theme().darkProperty().set(true);
            window.theme().presenterProperty().set(true);
            return null;
        });
        for (String name : List.of("s1a-local-to-global-pq-below-one", "s2c-simple-transformer-pq-below-one")) {
            load(Presets.load(name)); // says nothing about the look
            assertThat(WindowTests.fx(() -> window.theme().darkProperty().get())).as(name).isTrue();
            assertThat(WindowTests.fx(() -> window.scene().getStylesheets())).as(name).anyMatch(s -> s.endsWith("dark.css"));
            assertThat(WindowTests.fx(() -> window.theme().presenterProperty().get())).as(name).isTrue();
            assertThat(robot.lookup(".menu-bar").query().isVisible()).as(name).isFalse();
        }
        Preset base = Presets.load("s1a-local-to-global-pq-below-one");
        load(base.withView(new ViewSettings("viridis", "light", List.of(), -1))); // says light
        assertThat(WindowTests.fx(() -> window.theme().darkProperty().get())).as("a preset that sets the theme").isFalse();
        assertThat(WindowTests.fx(() -> window.theme().presenterProperty().get())).isTrue();
    }

    /** The dark theme keeps a teacher's notes and the description readable: text against its own ground. */
    @Test
    void inTheDarkThemeNotesAndTheDescriptionKeepTheirContrast(FxRobot robot) throws Exception {
        load(Presets.load("lesson-unigram-trap"));
        WindowTests.fx(() -> {
            window.theme().darkProperty().set(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("note-loss", "info-banner")) {
            javafx.scene.layout.Region ground = robot.lookup("#" + id).queryAs(javafx.scene.layout.Region.class);
            Label text = ground instanceof Label l ? l
                    : (Label) ((javafx.scene.layout.HBox) ground).getChildren().get(0);
            double ratio = WindowTests.fx(() -> contrast((javafx.scene.paint.Color) text.getTextFill(),
                    (javafx.scene.paint.Color) ground.getBackground().getFills().get(0).getFill()));
            assertThat(ratio).as(id + " in the dark theme").isGreaterThanOrEqualTo(4.5); // WCAG AA for body text
        }
    }

    /** WCAG contrast ratio of two colours. */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    @Test
    void aFlowPreviewStillComputingWhenTheDragEndsOrTheRunChangesIsNeverDrawn() throws Exception {
        load(Presets.load("s1a-local-to-global-pq-below-one"));
        LandscapePanel landscape = WindowTests.fx(() -> window.panel(LandscapePanel.class));
        WindowTests.waitUntil(window, () -> !landscape.viewModel().computingProperty().get());
        WindowTests.fx(() -> {
            landscape.viewModel().previewFrom(0.8, 1.0); // a drag: the flow is integrated on the worker
            vm.load(Presets.load("s1b-local-to-global-pq-above-one")); // before it arrives, another preset
            return null;
        });
        // the worker computes in order: once the new chain's picture is drawn, the old preview has arrived
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && !landscape.viewModel().computingProperty().get()
                && landscape.viewModel().pictureProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTests.fx(() -> landscape.viewModel().previewProperty().get())).as("preview after a new run").isEmpty();

        WindowTests.fx(() -> { // the drag ends while its flow is being computed
            landscape.viewModel().previewFrom(0.8, 1.0);
            landscape.viewModel().endPreview();
            landscape.viewModel().resize(300, 300); // queued behind the preview on the same worker
            return null;
        });
        WindowTests.waitUntil(window, () -> !landscape.viewModel().computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTests.fx(() -> landscape.viewModel().previewProperty().get())).as("preview after the release").isEmpty();
    }

    private static final int STEPS = 10;

    /**
     * The ordered pairs (before, after) the walk must load one right after the other, by index into {@code shapes}
     * (each preset's window shape: its task family and model, a comparison or not, a stepped lesson or not). Within
     * a shape, every ordered pair: those presets leave the same panels behind and differ in what the panels show.
     * Across shapes, each preset after one preset of every other shape, a different one for each preset (so each
     * preset of a shape follows, or is followed by, the other shapes): a panel set left behind is met by every
     * other. About 300 loads for the 27 shipped presets instead of all 702 pairs, which made this one test most of
     * .ci/run's time and let a loaded machine push it past its limit.
     */
    static java.util.Set<List<Integer>> pairsToWalk(List<String> shapes) {
        Map<String, List<Integer>> byShape = new java.util.LinkedHashMap<>();
        for (int i = 0; i < shapes.size(); i++) {
            byShape.computeIfAbsent(shapes.get(i), k -> new ArrayList<>()).add(i);
        }
        java.util.Set<List<Integer>> pairs = new java.util.LinkedHashSet<>();
        for (int after = 0; after < shapes.size(); after++) {
            for (List<Integer> group : byShape.values()) {
                if (group.contains(after)) {
                    for (int before : group) {
                        if (before != after) {
                            pairs.add(List.of(before, after));
                        }
                    }
                } else {
                    pairs.add(List.of(group.get(after % group.size()), after));
                }
            }
        }
        return pairs;
    }

    /**
     * One walk that loads every pair's second preset right after its first, starting at preset 0: from where it
     * stands it takes a pair still to do that starts there, else moves to the first pair still to do (that move is
     * a load after some preset too).
     */
    static List<Integer> walkThrough(java.util.Set<List<Integer>> pairs) {
        java.util.Set<List<Integer>> todo = new java.util.LinkedHashSet<>(pairs);
        List<Integer> walk = new ArrayList<>(List.of(0));
        while (!todo.isEmpty()) {
            int at = walk.get(walk.size() - 1);
            List<Integer> next = todo.stream().filter(pr -> pr.get(0) == at).findFirst()
                    .orElseGet(() -> todo.iterator().next());
            if (next.get(0) != at) {
                todo.remove(List.of(at, next.get(0)));
                walk.add(next.get(0));
            }
            todo.remove(next);
            walk.add(next.get(1));
        }
        return walk;
    }

    /** A preset's window shape: what decides which panels and bars it shows. */
    private static String shape(String name) throws java.io.IOException {
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("presets", name + ".json").toFile());
        return tree.path("task").path("type").asText() + "/" + tree.path("model").path("type").asText()
                + (tree.has("compare") ? "/compare" : "")
                + (tree.path("classroom").path("steps").size() > 0 ? "/lesson" : "");
    }

    @Test
    void everyShippedPresetLoadedAfterOthersOfEveryShapeShowsWhatAFreshWindowShows(FxRobot robot) throws Exception {
        List<String> shipped;
        try (var files = Files.list(Path.of("presets"))) { // every shipped preset, including ones added later
            shipped = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .map(f -> f.replace(".json", "")).sorted().toList();
        }
        Map<String, Map<String, List<String>>> fresh = new HashMap<>();
        for (String name : shipped) {
            fresh.put(name, freshWindowState(robot, name));
        }
        List<String> shapes = new ArrayList<>();
        for (String name : shipped) {
            shapes.add(shape(name));
        }
        java.util.Set<List<Integer>> required = pairsToWalk(shapes);
        List<Integer> walk = walkThrough(required);
        java.util.Set<List<Integer>> walked = new java.util.HashSet<>();
        for (int k = 1; k < walk.size(); k++) {
            walked.add(List.of(walk.get(k - 1), walk.get(k)));
            String before = shipped.get(walk.get(k - 1));
            String name = shipped.get(walk.get(k));
            load(Presets.load(name));
            settle(window, vm, name + " after " + before);
            assertThat(state(robot, window)).as(name + " after " + before).isEqualTo(fresh.get(name));
        }
        assertThat(walked).containsAll(required);
    }

    @Test
    void theWalkCoversEveryPairWithinAShapeAndEveryShapeBeforeEachPreset() {
        List<String> shapes = List.of("a", "a", "b", "c", "c", "c", "b");
        java.util.Set<List<Integer>> required = pairsToWalk(shapes);
        List<Integer> walk = walkThrough(required);
        java.util.Set<List<Integer>> walked = new java.util.HashSet<>();
        for (int k = 1; k < walk.size(); k++) {
            walked.add(List.of(walk.get(k - 1), walk.get(k)));
        }
        assertThat(walked).containsAll(required);
        for (int after = 0; after < shapes.size(); after++) {
            int a = after;
            java.util.Set<String> shapesBefore = new java.util.TreeSet<>();
            walked.stream().filter(pr -> pr.get(1) == a).forEach(pr -> shapesBefore.add(shapes.get(pr.get(0))));
            assertThat(shapesBefore).as("shapes loaded right before " + after).containsAll(Set.of("a", "b", "c"));
        }
        assertThat(walked).contains(List.of(3, 4), List.of(4, 3), List.of(5, 3), List.of(2, 6), List.of(6, 2));
        assertThat(walk.size() - 1).as("loads").isLessThan(shapes.size() * (shapes.size() - 1));
    }

    private Map<String, List<String>> freshWindowState(FxRobot robot, String name) throws Exception {
        Stage stage = WindowTests.fx(Stage::new);
        SessionViewModel v = WindowTests.fx(() -> new SessionViewModel(Presets.load(name)));
        MainWindow w = WindowTests.fx(() -> {
            MainWindow mw = new MainWindow(stage, v);
            mw.show();
            return mw;
        });
        try {
            settle(w, v, name);
            return state(robot, w);
        } finally {
            WindowTests.fx(() -> {
                w.stop();
                v.close();
                stage.close();
                return null;
            });
        }
    }

    /** Trains {@link #STEPS} steps and waits until every panel's background work is done. */
    private static void settle(MainWindow w, SessionViewModel v, String preset) throws Exception {
        try {
            settle(w, v);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(preset + " did not settle: step " + v.simulation().currentStep() + ", frame "
                    + (v.frameProperty().get() == null ? "none" : v.frameProperty().get().step()), e);
        }
    }

    private static void settle(MainWindow w, SessionViewModel v) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> v.step(STEPS)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            w.refreshNow();
            LandscapePanel l = w.panel(LandscapePanel.class);
            // the newest recorded frame shown (a preset recording every 20 steps has none at step 10)
            return v.simulation().currentStep() == STEPS && v.simulation().awaitIdle(1)
                    && v.frameProperty().get() != null && v.frameProperty().get() == v.simulation().latest()
                    && (l == null || !l.viewModel().computingProperty().get());
        }).get());
        // the plane's first automatic picture is through whichever frame was shown when the panel had its size
        // (a fresh window lays out later than a reused one): ask for one through the shown frame in both
        PlanePanel plane = WaitForAsyncUtils.asyncFx(() -> w.panel(PlanePanel.class)).get();
        if (plane != null) {
            WaitForAsyncUtils.asyncFx(() -> plane.viewModel().recompute()).get();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> !plane.viewModel().computingProperty().get()).get());
        }
    }

    /**
     * What every shown panel shows, as a user reads it: each panel's shown texts and ids (notes, readouts,
     * headers, one id per attention head), the loss chart's points and the landscape's drawn paths.
     */
    private Map<String, List<String>> state(FxRobot robot, MainWindow w) throws Exception {
        return WindowTests.fx(() -> {
            Map<String, List<String>> out = new TreeMap<>();
            for (Node panel : robot.from(w.scene().getRoot()).lookup(".panel").queryAll()) {
                List<String> seen = new ArrayList<>();
                describe(panel, seen);
                out.put(panel.getId(), seen);
            }
            LossPanel loss = w.panel(LossPanel.class);
            if (loss != null) {
                out.put("loss points", List.of(String.valueOf(loss.points())));
            }
            LandscapePanel l = w.panel(LandscapePanel.class);
            if (l != null) {
                out.put("landscape paths", List.of("preview " + l.viewModel().previewProperty().get().size(),
                        "flow " + l.viewModel().flowPathProperty().get().size()));
            }
            return out;
        });
    }

    private static void describe(Node node, List<String> seen) {
        if (!node.isVisible()) {
            return;
        }
        if (node.getId() != null) {
            seen.add("#" + node.getId());
        }
        if (node instanceof Labeled l && !l.getText().isEmpty()) {
            seen.add(l.getText());
        } else if (node instanceof TextInputControl t) {
            seen.add("[" + t.getText() + "]");
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                describe(child, seen);
            }
        }
    }

    private void divergeACanonicalRun() throws Exception {
        TrainingConfig t = new TrainingConfig(500, 4, 64, OptimizerConfig.sgd(0.9), TrainingConfig.uniform(50, 0),
                Schedule.constant(), 0, List.of(), 5, 4);
        RunConfig exploding = new RunConfig("explode", MarkovTask.binary(0.2, 0.3), new CanonicalConfig(),
                Backend.PLAIN, InitConfig.canonicalPoint(1, 1), t, 1, 4);
        load(new Preset("Exploding", "learning rate 50", "", exploding));
        WindowTests.fx(() -> {
            vm.togglePlay();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() == Simulation.Status.DIVERGED);
    }

    /** Every plot of a chart: the plot itself, or the subplots of a combined one. */
    private static List<XYPlot> plots(ChartView view) {
        if (view.chart().getPlot() instanceof CombinedDomainXYPlot combined) {
            return combined.getSubplots();
        }
        return List.of(view.chart().getXYPlot());
    }

    private static boolean sane(String readout) {
        // no long run of digits (a number printed as %.3f of 1e20), no NaN or Infinity spelled out
        return !readout.matches(".*\\d{7,}.*") && !readout.contains("NaN") && !readout.contains("Infinity");
    }

    @Test
    void aDivergedRunKeepsItsChartsAndReadoutsReadableAndItsBannerSaysWhatEachWayBackDoes(FxRobot robot)
            throws Exception {
        divergeACanonicalRun();
        List<Frame> frames = WindowTests.fx(() -> vm.framesProperty().get());
        long divergedAt = frames.get(frames.size() - 1).step();
        Frame lastFinite = frames.stream().filter(f -> !f.diverged()).reduce((a, b) -> b).orElseThrow();
        WindowTests.fx(() -> {
            window.refreshNow();
            return null;
        });
        for (String id : List.of("#loss-chart", "#parameters-chart")) {
            ChartView chart = robot.lookup(id).queryAs(ChartView.class);
            for (XYPlot plot : WindowTests.fx(() -> plots(chart))) {
                Range r = WindowTests.fx(() -> plot.getRangeAxis().getRange());
                assertThat(Double.isFinite(r.getLowerBound()) && Double.isFinite(r.getUpperBound())
                        && Double.isFinite(r.getLength())).as(id + " range " + r).isTrue();
                // the frames before the divergence are all O(1); the diverged one's 1e80s are not the range
                assertThat(Math.max(-r.getLowerBound(), r.getUpperBound())).as(id + " range " + r).isLessThan(100);
                assertThat(WindowTests.fx(() -> plot.getDomainMarkers(Layer.FOREGROUND))).as(id
                        + " marks the divergence").anyMatch(m -> m instanceof ValueMarker v
                        && v.getValue() == divergedAt);
                Range steps = WindowTests.fx(() -> plot.getDomainAxis().getRange());
                assertThat(steps.contains(divergedAt)).as(id + " shows the step of the divergence").isTrue();
            }
        }
        String readout = robot.lookup("#landscape-readout").queryAs(Label.class).getText();
        String header = robot.lookup("#loss-current").queryAs(Label.class).getText();
        assertThat(sane(readout)).as(readout).isTrue();
        assertThat(sane(header)).as(header).isTrue();

        Button back = robot.lookup("#rollback").queryButton();
        Button lower = robot.lookup("#rollback-lower-lr").queryButton();
        Button dismiss = robot.lookup("#dismiss-divergence").queryButton();
        assertThat(back.getText()).isEqualTo("Roll back to step " + lastFinite.step());
        assertThat(lower.getText()).isEqualTo("Lower learning rate ×0.1 and roll back");
        assertThat(dismiss.getText()).isEqualTo("Dismiss");
        double[] rates = WindowTests.fx(() -> Arrays.stream(ParamGroup.values())
                .mapToDouble(g -> vm.runConfig().training().group(g).learningRate()).toArray());
        robot.clickOn(lower);
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() == Simulation.Status.PAUSED);
        assertThat(vm.frameProperty().get().step()).isEqualTo(lastFinite.step());
        for (ParamGroup g : ParamGroup.values()) {
            assertThat(vm.runConfig().training().group(g).learningRate()).as(g.key())
                    .isCloseTo(rates[g.ordinal()] * 0.1, Offset.offset(1e-12));
        }
        Node banner = robot.lookup("#divergence-banner").query();
        assertThat(banner.isVisible()).isFalse();

        divergeACanonicalRun(); // Dismiss hides the banner and leaves the diverged run to look at
        robot.clickOn("#dismiss-divergence");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo(Simulation.Status.DIVERGED);
    }

    @Test
    void scrubbingDrawsYouAreHereOnEveryTimeChartAndAnEmptyRunShowsItsOwnSteps(FxRobot robot) throws Exception {
        Preset s1a = Presets.load("s1a-local-to-global-pq-below-one");
        load(s1a);
        long planned = s1a.run().training().steps();
        List<String> charts = List.of("#loss-chart", "#parameters-chart", "#predictions-chart");
        // paused, every chart is its interactive viewer again (while a run plays it is an image)
        WindowTests.waitUntil(window, () -> charts.stream().allMatch(id -> robot.lookup(id).tryQuery().isPresent()));
        for (String id : charts) { // step 0: the run's own steps, not an axis around zero
            ChartView chart = robot.lookup(id).queryAs(ChartView.class);
            Range steps = WindowTests.fx(() -> plots(chart).get(0).getDomainAxis().getRange());
            assertThat(steps.getLowerBound()).as(id).isZero();
            assertThat(steps.getUpperBound()).as(id).isEqualTo(planned);
        }
        trainTo(60);
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        WindowTests.fx(() -> {
            timeline.setValue(2); // the third recorded frame
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        long shown = WindowTests.fx(() -> vm.frameProperty().get().step());
        assertThat(shown).isLessThan(60);
        for (String id : charts) {
            ChartView chart = robot.lookup(id).queryAs(ChartView.class);
            for (XYPlot plot : WindowTests.fx(() -> plots(chart))) {
                assertThat(WindowTests.fx(() -> plot.getDomainMarkers(Layer.FOREGROUND))).as(id
                        + " you are here").anyMatch(m -> m instanceof ValueMarker v
                        && v.getValue() == shown);
            }
        }
        WindowTests.fx(() -> {
            timeline.setValue(timeline.getMax()); // back to the newest: the curves' end is where the run is
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : charts) {
            ChartView chart = robot.lookup(id).queryAs(ChartView.class);
            assertThat(WindowTests.fx(() -> plots(chart).get(0).getDomainMarkers(Layer.FOREGROUND))).as(id)
                    .isNullOrEmpty();
        }
    }

    @Test
    void everyTransportIconIsAnIconFontGlyphNotATextCharacterTheSystemFontMayLack(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        for (String id : List.of("#reset", "#step-one", "#step-100", "#play")) {
            Button b = robot.lookup(id).queryButton();
            assertThat(b.getGraphic()).as(id).isInstanceOf(FontIcon.class);
            FontIcon icon = (FontIcon) b.getGraphic();
            assertThat(icon.getIconCode()).as(id).isNotNull();
            assertThat(icon.getText()).as(id + " glyph").isNotEmpty();
            assertThat(b.getText()).as(id + " draws no text glyph").isEmpty();
            assertThat(b.getAccessibleText()).as(id + " still has a name").isNotBlank();
        }
        FontIcon play =
                (FontIcon) robot.lookup("#play").queryButton().getGraphic();
        String paused = play.getText();
        WindowTests.fx(() -> {
            vm.togglePlay();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.runningProperty().get());
        assertThat(WindowTests.fx(play::getText)).as("pause while playing").isNotEqualTo(paused).isNotEmpty();
        WindowTests.fx(() -> {
            vm.togglePlay();
            return null;
        });
        WindowTests.waitUntil(window, () -> !vm.runningProperty().get());
        assertThat(WindowTests.fx(play::getText)).isEqualTo(paused);
    }
}
