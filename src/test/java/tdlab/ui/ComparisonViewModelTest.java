package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tdlab.model.ParamGroup;
import tdlab.render.ComparedRun;
import tdlab.render.Comparison;
import tdlab.sim.Frame;
import tdlab.sim.Simulation;
import tdlab.train.RunConfig;
import tdlab.ui.compare.ComparisonViewModel;
import tdlab.ui.compare.DiffTable;

/** Compare's view model without a window: pinning hands the run over, the transport moves every run, presets. */
class ComparisonViewModelTest {
    private static final String S1A = "s1a-local-to-global-pq-below-one";
    private final SessionViewModel vm = new SessionViewModel(Presets.load(S1A));
    private final ComparisonViewModel compare = new ComparisonViewModel(vm);

    @AfterEach
    void close() {
        compare.close();
        vm.close();
    }

    private static void idle(Simulation s) throws InterruptedException {
        assertThat(s.awaitIdle(30_000)).as("the run settles").isTrue();
    }

    private RunConfig withRate(RunConfig c, double lr) {
        return c.withTraining(c.training().withLearningRate(ParamGroup.EMBEDDING, lr));
    }

    @Test
    void aPinKeepsTheRunTrainingAndTheSessionGoesOnWithAFreshOneUnderTheNextLetter() throws Exception {
        vm.step(20);
        Simulation a = vm.simulation();
        idle(a);
        compare.pin();
        assertThat(compare.pinnedSimulations()).containsExactly(a);
        assertThat(a.status()).as("handed over, not closed").isEqualTo(Simulation.Status.PAUSED);
        assertThat(vm.simulation()).isNotSameAs(a);
        assertThat(vm.simulation().currentStep()).isZero();
        assertThat(compare.liveName()).isEqualTo("B");
        Comparison c = compare.comparisonProperty().get();
        assertThat(c.liveName()).isEqualTo("B");
        assertThat(c.liveColour()).isEqualTo(1);
        assertThat(c.pinned()).extracting(ComparedRun::name, ComparedRun::colour).containsExactly(
                tuple("A", 0));
        assertThat(c.pinned().get(0).legend()).isEqualTo("A: same settings as B");
        assertThat(c.pinned().get(0).frames()).extracting(Frame::step).contains(20L);

        vm.apply(withRate(vm.runConfig(), 0.05)); // B: another learning rate; A is not closed by the restart
        assertThat(a.status()).isEqualTo(Simulation.Status.PAUSED);
        assertThat(compare.comparisonProperty().get().pinned().get(0).legend())
                .isEqualTo("A → B: learning rate embedding 0.01 → 0.05");
        DiffTable diff = compare.diffProperty().get();
        assertThat(diff.runs()).containsExactly("A", "B (live)");
        assertThat(diff.rows()).extracting(DiffTable.Row::label, DiffTable.Row::values).containsExactly(
                tuple("learning rate embedding", List.of("0.01", "0.05")));
    }

    @Test
    void aPlayingRunPinnedWaitsForTheNextPlayWithTheFreshOne() throws Exception {
        vm.togglePlay();
        Simulation a = vm.simulation();
        compare.pin();
        idle(a);
        assertThat(a.status()).isEqualTo(Simulation.Status.PAUSED);
        long at = a.currentStep();
        vm.togglePlay();
        assertThat(a.awaitIdle(100)).as("A plays again with B").isFalse();
        vm.togglePlay();
        idle(a);
        assertThat(a.currentStep()).isGreaterThan(at);
    }

    @Test
    void theTransportMovesEveryRunTogether() throws Exception {
        compare.pin();
        Simulation a = compare.pinnedSimulations().get(0);
        vm.step(30);
        idle(a);
        idle(vm.simulation());
        assertThat(a.currentStep()).isEqualTo(30);
        assertThat(vm.simulation().currentStep()).isEqualTo(30);
        vm.runToAndShow(50);
        idle(a);
        assertThat(a.currentStep()).isEqualTo(50);
        compare.poll();
        assertThat(compare.comparisonProperty().get().pinned().get(0).frames()).extracting(Frame::step).contains(50L);
        vm.togglePlay();
        assertThat(a.awaitIdle(50)).as("playing").isFalse();
        vm.togglePlay(); // pauses them all
        idle(a);
        assertThat(a.status()).isEqualTo(Simulation.Status.PAUSED);
        vm.reset();
        idle(a);
        assertThat(a.currentStep()).isZero();
    }

    @Test
    void fourRunsAtMostAndStopClosesThePinnedOnes() throws Exception {
        compare.pin();
        compare.pin();
        assertThat(compare.canPinProperty().get()).isTrue();
        compare.pin();
        assertThat(compare.canPinProperty().get()).isFalse();
        assertThat(compare.liveName()).isEqualTo("D");
        compare.pin(); // refused: four runs already
        assertThat(compare.pinnedSimulations()).hasSize(3);
        List<Simulation> pinned = compare.pinnedSimulations();
        compare.stop();
        assertThat(pinned).allMatch(s -> s.status() == Simulation.Status.CLOSED);
        assertThat(compare.comparingProperty().get()).isFalse();
        assertThat(compare.comparisonProperty().get()).isEqualTo(Comparison.NONE);
        assertThat(vm.simulation().status()).isNotEqualTo(Simulation.Status.CLOSED);
    }

    @Test
    void aComparisonPresetOpensItsOwnRunLiveAndItsVariantPinnedAndTheNextPresetClosesIt() throws Exception {
        vm.load(Presets.load("s1b-compare-trap-or-way-out"));
        assertThat(compare.liveName()).isEqualTo("A");
        assertThat(compare.comparisonProperty().get().pinned()).extracting(ComparedRun::name, ComparedRun::legend)
                .containsExactly(tuple("B", "B: recommended start (0.5, −1)"));
        DiffTable diff = compare.diffProperty().get();
        assertThat(diff.runs()).containsExactly("A (live)", "B");
        assertThat(diff.rows()).extracting(DiffTable.Row::path).contains("init.scheme", "init.e0", "init.w0");
        Simulation b = compare.pinnedSimulations().get(0);
        assertThat(b.config().init()).isNotEqualTo(vm.runConfig().init());

        vm.load(Presets.load(S1A));
        assertThat(b.status()).isEqualTo(Simulation.Status.CLOSED);
        assertThat(compare.pinnedSimulations()).isEmpty();
        assertThat(compare.liveName()).isEqualTo("A");
    }

    @Test
    void theDiffTableListsEveryFieldInWhichAnyRunDiffersWithEachRunsValue() {
        RunConfig a = vm.runConfig();
        RunConfig b = withRate(a, 0.05);
        RunConfig c = a.withSeed(7);
        DiffTable t = DiffTable.of(List.of("A", "B", "C"), List.of(a, b, c), "markov");
        assertThat(t.rows()).extracting(DiffTable.Row::path, DiffTable.Row::label).containsExactly(
                tuple("training.group_learning_rates.embedding", "learning rate embedding"),
                tuple("seed", "seed"));
        assertThat(t.rows().get(0).values()).containsExactly("0.01", "0.05", "0.01");
        assertThat(t.rows().get(1).values()).containsExactly("1", "1", "7");
        assertThat(DiffTable.of(List.of("A", "B"), List.of(a, a), "markov").isEmpty()).isTrue();
    }
}
