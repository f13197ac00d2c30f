package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.model.Backend;
import tdlab.model.CanonicalConfig;
import tdlab.model.ParamGroup;
import tdlab.preset.Preset;
import tdlab.sim.Frame;
import tdlab.sim.Simulation;
import tdlab.task.MarkovTask;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.TrainingConfig;
import tdlab.ui.panels.attention.AttentionPanel;
import tdlab.ui.panels.landscape.LandscapePanel;
import tdlab.ui.panels.loss.LossPanel;
import tdlab.ui.panels.phase.PhasePanel;
import tdlab.ui.panels.plane.PlanePanel;
import tdlab.ui.panels.plane.PlaneViewModel;

/** The desktop app driven headless (Monocle) the way a user drives it. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private SessionViewModel vm;
    private MainWindow window;
    private final FileActionsTest.ScriptedDialogs dialogs = new FileActionsTest.ScriptedDialogs();

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load(Presets.DEFAULT));
        window = new MainWindow(stage, vm, dialogs);
        window.show();
    }

    @AfterEach
    void close() {
        window.stop();
        vm.close();
    }

    @Test
    void thePanelGridsContainersDrawNothingThatTheSoftwareRendererRedrawsFromACacheEveryFrame() throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        List<String> slow = WindowTests.fx(() -> {
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) window.scene().lookup(
                    "#panel-scroll");
            List<String> found = new java.util.ArrayList<>();
            Node viewport = scroll.lookup(".viewport");
            if (viewport == null || viewport.isCache()) {
                found.add("the viewport is cached as a picture");
            }
            // a region of several fills is drawn from a cached nine-slice picture, scaled pixel by pixel each frame
            List<javafx.scene.layout.Region> containers = new java.util.ArrayList<>(List.of(scroll));
            scroll.lookupAll(".split-pane").forEach(n -> containers.add((javafx.scene.layout.Region) n));
            for (javafx.scene.layout.Region r : containers) {
                if (r.getBackground() != null && r.getBackground().getFills().size() > 1) {
                    found.add(r.getStyleClass() + " has " + r.getBackground().getFills().size() + " fills");
                }
            }
            return containers.size() < 3 ? List.of("the grid has no split panes") : found;
        });
        assertThat(slow).isEmpty();
    }

    @Test
    void theLossPlaneDrawsThePlaneThroughTheRunAndAClickRestartsFromThatPoint(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        WindowTests.fx(() -> {
            vm.step(300);
            return null;
        });
        // the panels have seen the newest frame (step 300) once the window shows it
        WindowTests.waitUntil(window, () -> !vm.runningProperty().get() && vm.frameProperty().get().step() >= 300);
        PlanePanel plane = WindowTests.fx(() -> window.panel(PlanePanel.class));
        assertThat(plane).as("the S2 model has a loss plane").isNotNull();
        WindowTests.fx(() -> {
            plane.viewModel().recompute(); // through the shown (newest) frame
            return null;
        });
        WindowTests.waitUntil(window, () -> !plane.viewModel().computingProperty().get() && plane.viewModel().pictureProperty().get() != null);
        PlaneViewModel.Picture picture = WindowTests.fx(() -> plane.viewModel().pictureProperty().get());
        Frame last = WindowTests.fx(() -> vm.frameProperty().get());
        // the plane passes through the shown frame: its middle node is the evaluation loss there
        assertThat(picture.surface().centreValue()).isEqualTo(picture.surface().value(20, 20));
        assertThat(picture.projection().coordinates(last.checkpoint().params())[0]).isCloseTo(0,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(WindowTests.fx(() -> plane.viewModel().trailProperty().get().alpha().length)).isEqualTo(
                WindowTests.fx(() -> vm.framesProperty().get().size()));
        assertThat(WindowTests.fx(() -> plane.viewModel().noteProperty().get())).contains("of the trajectory's variance");
        Canvas overlay = robot.lookup("#plane-overlay").queryAs(Canvas.class);
        long trained = WindowTests.fx(() -> vm.stepProperty().get());
        RunConfig before = WindowTests.fx(() -> vm.runConfig());
        robot.clickOn(overlay); // the middle of the picture: restarts at once, nothing asked (Undo brings the run back)
        WindowTests.waitUntil(window, () -> vm.runConfig().init().scheme() == InitConfig.Scheme.EXPLICIT && vm.stepProperty().get() == 0);
        assertThat(dialogs.confirmations).isEmpty();
        double[] start = vm.runConfig().init().params().stream().mapToDouble(Double::doubleValue).toArray();
        double[] ab = picture.projection().coordinates(start);
        double[] back = picture.projection().point(ab[0], ab[1]);
        for (int i = 0; i < start.length; i++) {
            assertThat(back[i]).as("the new start lies on the drawn plane").isCloseTo(start[i],
                    org.assertj.core.api.Assertions.within(1e-9));
        }
        // and near its middle: within two pixels of the centre of the extent
        var e = picture.surface().extent();
        assertThat(ab[0]).isCloseTo((e.alphaMin() + e.alphaMax()) / 2,
                org.assertj.core.api.Assertions.within(2 * (e.alphaMax() - e.alphaMin()) / picture.width()));
        assertThat(ab[1]).isCloseTo((e.betaMin() + e.betaMax()) / 2,
                org.assertj.core.api.Assertions.within(2 * (e.betaMax() - e.betaMin()) / picture.height()));
        // the restarted run's first frame is that point
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == 0
                && java.util.Arrays.equals(vm.frameProperty().get().checkpoint().params(), start));
        // Undo brings the trained run itself back, not a re-run
        WindowTests.fx(() -> {
            window.menu().item("menu-undo").fire();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == trained && vm.frameProperty().get().step() == trained);
        assertThat(WindowTests.fx(() -> vm.runConfig())).isEqualTo(before);
    }

    @Test
    void opensOnTheDefaultPresetPausedAtStepZero(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        assertThat(robot.lookup("#step-counter").queryAs(Label.class).getText()).isEqualTo("step 0");
        assertThat(vm.preset().scenario()).isEqualTo("S2a");
        assertThat(vm.statusProperty().get()).isEqualTo(Simulation.Status.PAUSED);
        assertThat(WindowTests.fx(() -> window.scene().getWindow().isShowing())).isTrue();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("step 0");
    }

    @Test
    void spaceRunsTheModelAndTheLossChartGainsPoints(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        int before = WindowTests.fx(() -> window.panel(LossPanel.class).points());
        WindowTests.fx(() -> {
            vm.speedProperty().set(SessionViewModel.MAX_SPEED);
            return null;
        });
        // the transport shows the speed a command set, not the one last dragged
        assertThat(robot.lookup("#speed").queryAs(javafx.scene.control.Slider.class).getValue()).isEqualTo(2.0);
        java.util.Set<String> told = java.util.concurrent.ConcurrentHashMap.newKeySet();
        vm.narrationProperty().addListener((o, a, b) -> told.add(b));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() >= 40 && window.panel(LossPanel.class).points() > before + 2);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        // following a playing run, the status speaks of the newest frame without "(showing step …)" flickering
        assertThat(told).anyMatch(t -> t.startsWith("Training"))
                .noneMatch(t -> t.startsWith("Training") && t.contains("showing step"));
        WindowTests.waitUntil(window, () -> !vm.runningProperty().get());
        String counter = robot.lookup("#step-counter").queryAs(Label.class).getText();
        assertThat(Long.parseLong(counter.replaceAll("\\D", ""))).isGreaterThanOrEqualTo(40);
    }

    @Test
    void anInvalidMatrixCellShowsTheErrorAndLeavesTheRunUnchanged(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        RunConfig running = vm.runConfig();
        TextField cell = robot.lookup("#cell-0-1").queryAs(TextField.class);
        robot.clickOn(cell).eraseText(cell.getText().length()).write("1.7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getStyleClass()).contains("invalid");
        assertThat(cell.getTooltip().getText()).contains("[0, 1]");
        assertThat(robot.lookup("#apply-config").queryButton().isDisabled()).isTrue();
        robot.clickOn("#apply-config");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.runConfig()).isSameAs(running);
        // a valid edit renormalises the row and waits for Apply
        robot.clickOn(cell).eraseText(cell.getText().length()).write("0.25").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getStyleClass()).doesNotContain("invalid");
        assertThat(robot.lookup("#cell-0-0").queryAs(TextField.class).getText()).isEqualTo("0.75");
        assertThat(vm.runConfig()).isSameAs(running);
        robot.clickOn("#apply-config");
        WindowTests.waitUntil(window, () -> vm.runConfig() != running);
        assertThat(((MarkovTask) vm.runConfig().task()).matrix().get(0, 1)).isEqualTo(0.25);
        // the banner no longer presents the old description as if it described the edited chain
        javafx.scene.layout.HBox banner = robot.lookup("#info-banner").queryAs(javafx.scene.layout.HBox.class);
        assertThat(WindowTests.shown(banner)).isTrue();
        assertThat(((Label) banner.getChildren().get(0)).getText())
                .startsWith("Edited from “" + Presets.load(Presets.DEFAULT).title() + "”");
    }

    @Test
    void aLearningRateChangeMidRunKeepsTheStepCounter(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        WindowTests.fx(() -> {
            vm.step(60);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get().step() == 60);
        Slider slider = robot.lookup("#lr-attention").queryAs(Slider.class);
        WindowTests.fx(() -> {
            slider.setValue(-2); // 1e-2
            return null;
        });
        WindowTests.fx(() -> {
            vm.step(10);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get().step() == 70);
        Frame last = vm.frameProperty().get();
        assertThat(last.step()).isEqualTo(70);
        assertThat(last.learningRates()[ParamGroup.ATTENTION.ordinal()] / last.learningRates()[ParamGroup.EMBEDDING
                .ordinal()]).isCloseTo(1e-2 / 2e-3, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void scrubbingTheTimelineRedrawsTheAttentionHeatmap(FxRobot robot) throws Exception {
        WindowTests.fx(() -> {
            vm.load(Presets.load("s2c-simple-transformer-pq-below-one"));
            vm.step(300);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == 300 && vm.simulation().awaitIdle(1)
                && vm.frameProperty().get().step() == 300);
        int[] atEnd = WindowTests.fx(() -> WindowTests.pixels(window.panel(AttentionPanel.class).canvas(0)));
        Slider timeline = robot.lookup("#timeline").queryAs(Slider.class);
        WindowTests.fx(() -> {
            timeline.setValue(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.frameProperty().get().step()).isZero();
        assertThat(vm.followingProperty().get()).isFalse();
        int[] atStart = WindowTests.fx(() -> WindowTests.pixels(window.panel(AttentionPanel.class).canvas(0)));
        assertThat(atStart.length).isEqualTo(atEnd.length);
        assertThat(atStart).isNotEqualTo(atEnd);
        assertThat(robot.lookup("#branch").queryButton().isDisabled()).isFalse();
        // Branch here asks nothing: it is one edit, and Undo brings back the run with its 300 steps of frames
        java.util.List<Frame> whole = WindowTests.fx(() -> vm.framesProperty().get());
        robot.clickOn("#branch");
        WindowTests.waitUntil(window, () -> vm.followingProperty().get() && vm.framesProperty().get().size() == 1);
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(WindowTests.fx(() -> window.menu().item("menu-undo").getText())).isEqualTo("Undo: Branch at step 0");
        WindowTests.fx(() -> {
            vm.step(20);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == 20 && vm.frameProperty().get().step() == 20);
        WindowTests.fx(() -> {
            window.menu().item("menu-undo").fire();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == 300 && vm.frameProperty().get().step() == 300);
        assertThat(WindowTests.fx(() -> vm.framesProperty().get())).isEqualTo(whole);
        WindowTests.fx(() -> {
            window.menu().item("menu-redo").fire();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.stepProperty().get() == 20 && vm.frameProperty().get().step() == 20);
    }

    @Test
    void aForcedDivergencePausesExplainsAndOffersRollback(FxRobot robot) throws Exception {
        TrainingConfig t = new TrainingConfig(500, 4, 64, OptimizerConfig.sgd(0.9), TrainingConfig.uniform(50, 0),
                Schedule.constant(), 0, List.of(), 5, 4);
        RunConfig exploding = new RunConfig("explode", MarkovTask.binary(0.2, 0.3), new CanonicalConfig(),
                Backend.PLAIN, InitConfig.canonicalPoint(1, 1), t, 1, 4);
        WindowTests.fx(() -> {
            vm.load(new Preset("Exploding", "learning rate 50", "", exploding));
            vm.togglePlay();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() == Simulation.Status.DIVERGED);
        Node banner = robot.lookup("#divergence-banner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("Diverged");
        assertThat(vm.runningProperty().get()).isFalse();
        long to = vm.rollbackStep();
        List<Frame> diverged = WindowTests.fx(() -> vm.framesProperty().get());
        robot.clickOn("#rollback");
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() == Simulation.Status.PAUSED);
        assertThat(banner.isVisible()).isFalse();
        assertThat(vm.frameProperty().get().diverged()).isFalse();
        assertThat(vm.frameProperty().get().step()).isEqualTo(to);
        // the rollback is an edit: Undo brings the diverged run back, frames and all, and Redo the rolled-back one
        assertThat(WindowTests.fx(() -> window.menu().item("menu-undo").getText()))
                .isEqualTo("Undo: Roll back to step " + to);
        WindowTests.fx(() -> {
            window.menu().item("menu-undo").fire();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() == Simulation.Status.DIVERGED);
        assertThat(WindowTests.fx(() -> vm.framesProperty().get())).isEqualTo(diverged);
        assertThat(banner.isVisible()).isTrue();
        WindowTests.fx(() -> {
            window.menu().item("menu-redo").fire();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() == Simulation.Status.PAUSED);
        assertThat(vm.frameProperty().get().step()).isEqualTo(to);
        // the lower-rate way back: the rolled-back run trains at a tenth of the rate, and Undo puts the rate back
        WindowTests.fx(() -> {
            window.menu().item("menu-undo").fire();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() == Simulation.Status.DIVERGED);
        ParamGroup first = ParamGroup.values()[0];
        double rate = vm.runConfig().training().group(first).learningRate();
        robot.clickOn("#rollback-lower-lr");
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() == Simulation.Status.PAUSED);
        assertThat(vm.runConfig().training().group(first).learningRate()).isEqualTo(rate * Banners.LOWER_LEARNING_RATE);
        WindowTests.fx(() -> {
            window.menu().item("menu-undo").fire();
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.statusProperty().get() == Simulation.Status.DIVERGED);
        assertThat(vm.runConfig().training().group(first).learningRate()).isEqualTo(rate);
    }

    @Test
    void clickingTheLandscapeSetsTheStartPointAndTheTrajectoryStartsThere(FxRobot robot) throws Exception {
        WindowTests.fx(() -> {
            vm.load(Presets.load("s1a-local-to-global-pq-below-one"));
            return null;
        });
        // the canonical run shows one panel fewer: after the grid's new layout the landscape is drawn anew at its
        // new size, and the click must use that picture's transform
        WindowTests.waitUntil(window, () -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            return window.panel(LandscapePanel.class).transform() != null && vm.frameProperty().get() != null;
        });
        var t = WindowTests.fx(() -> window.panel(LandscapePanel.class).transform());
        Node overlay = robot.lookup("#landscape-overlay").query();
        javafx.geometry.Bounds b = WindowTests.fx(() -> overlay.localToScreen(overlay.getBoundsInLocal()));
        robot.clickOn(b.getMinX() + t.x(1.0), b.getMinY() + t.y(0.8));
        WindowTests.waitUntil(window, () -> vm.runConfig().init().scheme() == InitConfig.Scheme.CANONICAL_POINT
                && vm.frameProperty().get() != null && vm.frameProperty().get().step() == 0);
        assertThat(vm.runConfig().init().e0()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.02));
        assertThat(vm.runConfig().init().w0()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.02));
        double e0 = vm.runConfig().init().e0();
        double w0 = vm.runConfig().init().w0();
        assertThat(robot.lookup("#init-e0").queryAs(TextField.class).getText()).isEqualTo(
                tdlab.ui.sidebar.Format.number(e0));
        assertThat(robot.lookup("#init-w0").queryAs(TextField.class).getText()).isEqualTo(
                tdlab.ui.sidebar.Format.number(w0));
        assertThat(vm.frameProperty().get().reduced().e()).isEqualTo(e0);
        assertThat(vm.frameProperty().get().reduced().w()).isEqualTo(w0);
        WindowTests.fx(() -> {
            vm.step(20);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get().step() == 20);
        assertThat(vm.framesProperty().get().get(0).reduced().e()).isEqualTo(e0); // the trail starts at the click
        var now = vm.frameProperty().get().reduced();
        assertThat(robot.lookup("#landscape-readout").queryAs(Label.class).getText()).startsWith(
                String.format(java.util.Locale.ROOT, "w %.3f  e %.3f  b %.3f", now.w(), now.e(), now.b()));
        // the picture as it is now: the new run's banner may have given the panel another size since the click
        WindowTests.waitUntil(window, () -> window.panel(LandscapePanel.class).transform() != null);
        t = WindowTests.fx(() -> window.panel(LandscapePanel.class).transform());
        javafx.scene.image.WritableImage overlayPixels = WindowTests.fx(() -> {
            javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
            params.setFill(javafx.scene.paint.Color.TRANSPARENT);
            return overlay.snapshot(params, null);
        });
        int marker = overlayPixels.getPixelReader().getArgb((int) Math.round(t.x(now.w())),
                (int) Math.round(t.y(now.e())));
        assertThat(marker).as("the current point is marked where the frame is").isEqualTo(0xFFD55E00);
    }

    @Test
    void thePhasePanelComputesACancellableSweepAndClickingACellLoadsIt(FxRobot robot) throws Exception {
        WindowTests.fx(() -> {
            vm.load(Presets.load("s1b-local-to-global-pq-above-one"));
            window.panel(PhasePanel.class).compute(tdlab.sweep.SweepSpec.Mode.PQ, 4, 200);
            return null;
        });
        WindowTests.waitUntil(window, () -> window.panel(PhasePanel.class).cells().size() == 16);
        Canvas c = robot.lookup("#phase-canvas").queryAs(Canvas.class);
        javafx.geometry.Bounds b = WindowTests.fx(() -> c.localToScreen(c.getBoundsInLocal()));
        robot.clickOn(b.getMinX() + b.getWidth() * 0.1, b.getMinY() + b.getHeight() * 0.1); // cell (0, 3)
        WindowTests.waitUntil(window, () -> ((MarkovTask) vm.runConfig().task()).matrix().binaryP() == 0.125);
        assertThat(((MarkovTask) vm.runConfig().task()).matrix().binaryQ()).isEqualTo(0.875);
    }

    @Test
    void aClassroomPresetLocksHidesAndAnnotatesAndTheDescriptionShows(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        Preset base = Presets.load("s1a-local-to-global-pq-below-one");
        Preset lesson = new Preset("Lesson", "Watch e escape the line e = 0.", "S1a", base.run(),
                new tdlab.preset.ViewSettings("cividis", "light", List.of(), -1),
                new tdlab.preset.Classroom(List.of("model", "training"), List.of("phase"),
                        List.of(new tdlab.preset.Classroom.Annotation("loss", "The plateau is H(π) = 0.673."))));
        java.nio.file.Path f = dir.resolve("lesson.json");
        tdlab.preset.PresetWriter.write(lesson, f);
        WindowTests.fx(() -> {
            window.fileActions().open(f);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.preset()).isEqualTo(lesson);
        Label note = robot.lookup("#note-loss").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("The plateau is H(π) = 0.673.");
        assertThat(robot.lookup("#info-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#section-model").queryAs(javafx.scene.control.TitledPane.class).getContent().isDisabled())
                .isTrue();
        assertThat(robot.lookup("#section-data").queryAs(javafx.scene.control.TitledPane.class).getContent().isDisabled())
                .isFalse();
        assertThat(robot.lookup("#phase-canvas").tryQuery()).isEmpty(); // the hidden panel is not in the window
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void presenterModeEnlargesTypeHidesChromeAndKeepsTheLocks(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        Preset base = Presets.load("s1a-local-to-global-pq-below-one");
        Preset lesson = new Preset("Locked demo", "The teacher drives.", "S1a", base.run(),
                new tdlab.preset.ViewSettings("viridis", "light", List.of(), -1),
                new tdlab.preset.Classroom(List.of("transport"), List.of(), List.of()));
        java.nio.file.Path f = dir.resolve("locked.json");
        tdlab.preset.PresetWriter.write(lesson, f);
        WindowTests.fx(() -> {
            window.fileActions().open(f);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        Label counter = robot.lookup("#step-counter").queryAs(Label.class);
        double normalFont = WindowTests.fx(() -> counter.getFont().getSize());
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTests.fx(() -> counter.getFont().getSize())).isGreaterThan(normalFont * 1.3);
        assertThat(robot.lookup(".menu-bar").query().isVisible()).isFalse();
        assertThat(WindowTests.shown(robot.lookup("#section-data").query())).isFalse();
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE); // the locked transport ignores the shortcut
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(vm.stepProperty().get()).isZero();
        assertThat(vm.runningProperty().get()).isFalse();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".menu-bar").query().isVisible()).isTrue();
        assertThat(WindowTests.fx(() -> counter.getFont().getSize())).isEqualTo(normalFont);
    }

    /** The ids of the panels in the window, by their frames ("panel-" + key). */
    /**
     * The panels the window shows, once it has laid out the grid the new run asked for: a split pane's items enter
     * the scene graph only at its first layout, which may come a pulse after the run's first frame.
     */
    private List<String> panelsInWindow(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> {
            window.scene().getRoot().applyCss();
            window.scene().getRoot().layout();
            return !robot.lookup(".panel").queryAll().isEmpty();
        });
        return WindowTests.fx(() -> robot.lookup(".panel").queryAll().stream().map(Node::getId).sorted().toList());
    }

    private static List<String> ids(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> "panel-" + k).sorted().toList();
    }

    @Test
    void theCanonicalPresetShowsNoAttentionPanelAndATransformerPresetDoes(FxRobot robot) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        assertThat(vm.preset().scenario()).isEqualTo("S2a");
        assertThat(robot.lookup("#panel-attention").tryQuery()).isPresent();
        assertThat(robot.lookup("#attention-head-0").tryQuery()).isPresent();
        WindowTests.fx(() -> {
            vm.load(Presets.load("s1a-local-to-global-pq-below-one"));
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        assertThat(robot.lookup("#panel-attention").tryQuery()).isEmpty();
        assertThat(robot.lookup("#attention-head-0").tryQuery()).isEmpty();
        assertThat(panelsInWindow(robot)).isEqualTo(ids("loss", "parameters", "predictions", "landscape", "phase"));
        assertThat(WindowTests.fx(() -> window.menu().item("menu-export-panel") instanceof javafx.scene.control.Menu m
                ? m.getItems().stream().map(javafx.scene.control.MenuItem::getId).toList() : List.of()))
                .doesNotContain("menu-export-panel-attention").contains("menu-export-panel-landscape");
    }

    @Test
    void loadingPresetsWithOtherPanelSetsRebuildsTheGridWithoutStaleContent(FxRobot robot) throws Exception {
        List<String> withoutAttention = ids("loss", "parameters", "predictions", "landscape", "phase");
        List<String> all = ids("loss", "parameters", "attention", "predictions", "landscape", "plane",
                "phase");
        for (String name : List.of("s1a-local-to-global-pq-below-one", "s2a-simple-transformer-standard-init",
                "s1a-local-to-global-pq-below-one")) {
            WindowTests.fx(() -> {
                vm.load(Presets.load(name));
                vm.step(40);
                return null;
            });
            WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == 40);
            boolean transformer = name.startsWith("s2a");
            assertThat(panelsInWindow(robot)).as(name).isEqualTo(transformer ? all : withoutAttention);
            // every panel shows this run: the loss chart has this run's points only, the readouts its frame
            int frames = vm.framesProperty().get().size();
            assertThat(WindowTests.fx(() -> window.panel(LossPanel.class).points())).as(name).isEqualTo(frames);
            assertThat(robot.lookup("#loss-current").queryAs(Label.class).getText()).as(name).startsWith("step 40 ");
            String chain = transformer ? "p = 0.50, q = 0.80" : "p = 0.20, q = 0.30";
            assertThat(robot.lookup("#landscape-note").queryAs(Label.class).getText()).as(name).startsWith(chain);
            var reduced = vm.frameProperty().get().reduced();
            assertThat(robot.lookup("#landscape-readout").queryAs(Label.class).getText()).as(name).startsWith(
                    String.format(java.util.Locale.ROOT, "w %.3f  e %.3f", reduced.w(), reduced.e()));
            if (transformer) {
                Canvas head = WindowTests.fx(() -> window.panel(AttentionPanel.class).canvas(0));
                assertThat(WindowTests.shown(head)).isTrue();
                assertThat(head.getScene()).isSameAs(window.scene());
            }
        }
    }

    @Test
    void liveChangesMakeTheSetupUnsavedAndSavingWritesThemWithTheView(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null);
        assertThat(vm.dirtyProperty().get()).isFalse();
        WindowTests.fx(() -> {
            vm.setLearningRate(ParamGroup.BIAS, 5e-3);
            return null;
        });
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(WindowTests.fx(() -> ((Stage) window.scene().getWindow()).getTitle())).endsWith("*");
        java.nio.file.Path f = dir.resolve("saved.json");
        assertThat(WindowTests.fx(() -> window.fileActions().saveTo(f))).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
        Preset back = tdlab.preset.PresetReader.read(f);
        assertThat(back.run().training().group(ParamGroup.BIAS).learningRate()).isEqualTo(5e-3);
        assertThat(back.view().palette()).isEqualTo("viridis");
        assertThat(back.run()).isEqualTo(vm.runConfig());
    }
}
