package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tdlab.family.mixture.MixtureKeys;
import tdlab.model.mha.MultiHeadClassifierConfig;
import tdlab.sim.Frame;
import tdlab.task.mixture.TokenizedMixtureTask;
import tdlab.train.RunConfig;
import tdlab.ui.panels.headattention.HeadAttentionPanel;
import tdlab.ui.panels.headsweep.HeadSweepPanel;
import tdlab.ui.panels.relevance.RelevancePanel;

/** The S5 panels and editors in the real window (Monocle), on a short seeded run of S5b. */
@ExtendWith(ApplicationExtension.class)
class S5PanelsTest {
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

    private void load(String preset, int steps) throws Exception {
        WindowTests.fx(() -> {
            vm.load(Presets.load(preset));
            vm.step(steps);
            return null;
        });
        WindowTests.waitUntil(window, () -> vm.frameProperty().get() != null && vm.frameProperty().get().step() == steps
                && !vm.runningProperty().get());
    }

    @Test
    void s5bShowsItsPanelsFedByTheRun(FxRobot robot) throws Exception {
        load("s5b-four-heads", 20);
        assertThat(WindowTests.fx(() -> robot.lookup(".panel").queryAll().stream().map(Node::getId).toList()))
                .containsExactlyInAnyOrder("panel-loss", "panel-relevance", "panel-headattention", "panel-headsweep",
                        "panel-parameters", "panel-plane");
        List<Frame> frames = vm.framesProperty().get();
        assertThat(frames.get(0).series().get(MixtureKeys.RELEVANT_MASS)).isCloseTo(0.125, within(0.01));

        RelevancePanel relevance = WindowTests.fx(() -> window.panel(RelevancePanel.class));
        WindowTests.fx(() -> {
            relevance.redraw(vm.framesProperty().get());
            return null;
        });
        // mean + 4 heads, test and training error: one point per recorded frame (steps 0, 5, 10, 15, 20)
        assertThat(WindowTests.fx(relevance::points)).containsExactly(5, 5, 5, 5, 5, 5, 5);

        HeadAttentionPanel heads = WindowTests.fx(() -> window.panel(HeadAttentionPanel.class));
        assertThat(WindowTests.fx(heads::shown)).isNotNull();
        assertThat(WindowTests.fx(() -> heads.shown().received())).hasNumberOfRows(4);
        for (double[] row : WindowTests.fx(() -> heads.shown().received())) {
            assertThat(java.util.Arrays.stream(row).sum()).isCloseTo(1, within(1e-12));
        }
        int[] relevantBefore = WindowTests.fx(() -> heads.shown().components());
        WindowTests.fx(() -> {
            heads.choose(3);
            return null;
        });
        TokenizedMixtureTask task = (TokenizedMixtureTask) vm.runConfig().task();
        int[] comp = WindowTests.fx(() -> heads.shown().components());
        assertThat(comp[0]).isEqualTo(task.testSet().input(3, 0));
        assertThat(relevantBefore).isNotNull();
        assertThat(WindowTests.fx(() -> heads.canvas().getWidth())).isGreaterThan(0);
    }

    @Test
    void theHeadsSweepRunsInTheBackground(FxRobot robot) throws Exception {
        load("s5a-one-head", 5);
        HeadSweepPanel sweep = WindowTests.fx(() -> window.panel(HeadSweepPanel.class));
        WindowTests.fx(() -> {
            sweep.compute("1,2");
            return null;
        });
        WindowTests.waitUntil(window, () -> !sweep.computing() && sweep.cells().size() == 2);
        assertThat(sweep.cells()).extracting(c -> c.heads()).containsExactly(1, 2);
        assertThat(sweep.cells().get(0).trainLoss()).isLessThan(0.05);
        assertThat(WindowTests.fx(sweep::points)).containsExactly(2, 2, 2);
        assertThat(WindowTests.fx(sweep::status)).contains("2 of 2 runs").contains("scaled with H");
        WindowTests.fx(() -> {
            sweep.compute("0");
            return null;
        });
        assertThat(WindowTests.fx(sweep::status)).startsWith("H:");
    }

    @Test
    void theEditorsEditTheDataAndTheRateToggle(FxRobot robot) throws Exception {
        load("s5b-four-heads", 5);
        CheckBox scale = robot.lookup("#model-mha-scale-rate").queryAs(CheckBox.class);
        assertThat(scale.isSelected()).isTrue();
        WindowTests.fx(() -> {
            scale.setSelected(false);
            TextField share = robot.lookup("#mix-relevant-share").queryAs(TextField.class);
            share.setText("1.5");
            share.getOnAction().handle(null);
            return null;
        });
        assertThat(WindowTests.fx(() -> vm.runConfig().task())).isInstanceOf(TokenizedMixtureTask.class);
        assertThat(robot.lookup("#mix-error-relevant-share").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("task.relevant_share:");
        WindowTests.fx(() -> {
            TextField share = robot.lookup("#mix-relevant-share").queryAs(TextField.class);
            share.setText("0.25");
            share.getOnAction().handle(null);
            TextField train = robot.lookup("#mix-train-size").queryAs(TextField.class);
            train.setText("50");
            train.getOnAction().handle(null);
            return null;
        });
        RunConfig edited = WindowTests.fx(() -> robot.lookup("#sidebar").queryAs(tdlab.ui.sidebar.Sidebar.class).draft().tryBuild());
        assertThat(edited).isNotNull();
        TokenizedMixtureTask t = (TokenizedMixtureTask) edited.task();
        assertThat(t.relevantShare()).isEqualTo(0.25);
        assertThat(edited.training().batchSize()).as("full batch follows n train").isEqualTo(50);
        assertThat(edited.training().evalSequences()).isEqualTo(1000);
        assertThat(((MultiHeadClassifierConfig) edited.model()).scaleLearningRate()).isFalse();
        assertThat(edited.model().learningRateScale()).isEqualTo(1.0);
    }
}
