package tdlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.model.Backend;
import tdlab.model.ParamGroup;
import tdlab.model.TransformerConfig;
import tdlab.task.MarkovTask;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.Stage;
import tdlab.train.TrainingConfig;

class SimulationTest {
    private final RunConfig s1 = Runs.preset("s1a-local-to-global-pq-below-one");

    private static void idle(Simulation sim) throws InterruptedException {
        assertThat(sim.awaitIdle(30_000)).as("simulation went idle").isTrue();
    }

    @Test
    void eachFrameCarriesTheParametersOfItsStep() throws Exception {
        Runs.Result r = Runs.run(s1.withSteps(200));
        for (Frame f : r.frames()) {
            assertThat(f.checkpoint().step()).isEqualTo(f.step());
            // the canonical model's parameters are its reduced coordinates (e, w, b)
            assertThat(f.checkpoint().params()).containsExactly(f.reduced().e(), f.reduced().w(), f.reduced().b());
        }
    }

    @Test
    void startsPausedAtStepZeroAndStepsOnCommand() throws Exception {
        try (Simulation sim = new Simulation(s1).start()) {
            idle(sim);
            assertThat(sim.status()).isEqualTo(Simulation.Status.PAUSED);
            assertThat(sim.latest().step()).isZero();
            sim.step(25);
            idle(sim);
            assertThat(sim.currentStep()).isEqualTo(25);
            assertThat(sim.latest().step()).isEqualTo(20); // frames every eval_every = 10 steps
            assertThat(sim.status()).isEqualTo(Simulation.Status.PAUSED);
        }
    }

    @Test
    void learningRateChangeAppliesWithoutResettingTheStepCounter() throws Exception {
        try (Simulation sim = new Simulation(s1).start()) {
            sim.step(30);
            idle(sim);
            sim.setLearningRate(ParamGroup.BIAS, 0.05);
            sim.step(10);
            idle(sim);
            Frame f = sim.latest();
            assertThat(f.step()).isEqualTo(40);
            assertThat(f.learningRates()[ParamGroup.BIAS.ordinal()]).isEqualTo(0.05);
            assertThat(f.learningRates()[ParamGroup.EMBEDDING.ordinal()]).isEqualTo(0.01);
        }
    }

    @Test
    void framesReportZeroLearningRateForTheGroupsTheCurrentStageFreezes() {
        // stage 1 (steps 0-5) trains everything but attention, stage 2 (steps 6-11) everything; a frame
        // reports the rate the next step applies, so the frames at steps 0..5 see stage 1
        EnumSet<ParamGroup> allButAttention = EnumSet.complementOf(EnumSet.of(ParamGroup.ATTENTION));
        Schedule schedule = Schedule.referenceOneCycle();
        TrainingConfig t = new TrainingConfig(12, 4, 32, OptimizerConfig.adamW(0.9, 0.95),
                TrainingConfig.uniform(1e-2, 0), schedule, 0,
                List.of(new Stage(6, allButAttention), new Stage(6, EnumSet.allOf(ParamGroup.class))), 1, 4);
        RunConfig cfg = new RunConfig("stages", MarkovTask.binary(0.2, 0.3), TransformerConfig.simple(4, 32),
                Backend.PLAIN, InitConfig.gaussian(0.02), t, 3, 8);
        List<Frame> frames = Runs.run(cfg).frames();
        assertThat(frames).extracting(Frame::step).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        for (Frame f : frames) {
            double rate = 1e-2 * schedule.factor(f.step(), 12);
            double attention = f.learningRates()[ParamGroup.ATTENTION.ordinal()];
            assertThat(attention).as("attention at step %d", f.step()).isEqualTo(f.step() < 6 ? 0 : rate);
            assertThat(f.learningRates()[ParamGroup.FEED_FORWARD.ordinal()]).as("feed-forward at step %d", f.step())
                    .isEqualTo(rate);
            assertThat(f.learningRates()[ParamGroup.HEAD.ordinal()]).as("tied model: no head").isZero();
        }
    }

    @Test
    void branchRestoresARecordedFrameExactlyAndDropsLaterFrames() throws Exception {
        try (Simulation sim = new Simulation(s1).start()) {
            sim.runTo(200);
            idle(sim);
            List<Frame> before = sim.frames();
            Frame at100 = before.stream().filter(f -> f.step() == 100).findFirst().orElseThrow();
            Frame at150 = before.stream().filter(f -> f.step() == 150).findFirst().orElseThrow();
            sim.branch(100);
            idle(sim);
            assertThat(sim.currentStep()).isEqualTo(100);
            assertThat(sim.frames()).last().extracting(Frame::step).isEqualTo(100L);
            assertThat(sim.latest().reduced()).isEqualTo(at100.reduced());
            sim.runTo(150); // same settings: the continuation is identical
            idle(sim);
            assertThat(sim.latest().step()).isEqualTo(150);
            assertThat(sim.latest().valLoss()).isEqualTo(at150.valLoss());
            assertThat(sim.latest().reduced()).isEqualTo(at150.reduced());
        }
    }

    @Test
    void aForkHoldsTheFramesUpToItsStepGoesOnAsABranchWouldAndLeavesTheRunWhole() throws Exception {
        try (Simulation sim = new Simulation(s1).start()) {
            sim.runTo(200);
            idle(sim);
            List<Frame> before = sim.frames();
            Frame at150 = before.stream().filter(f -> f.step() == 150).findFirst().orElseThrow();
            assertThat(sim.fork(101, s1)).as("step 101 is not recorded").isEmpty();
            try (Simulation fork = sim.fork(100, s1).orElseThrow()) {
                idle(fork);
                assertThat(fork.currentStep()).isEqualTo(100);
                assertThat(fork.status()).isEqualTo(Simulation.Status.PAUSED);
                assertThat(fork.frames()).containsExactlyElementsOf(
                        before.stream().filter(f -> f.step() <= 100).toList());
                assertThat(fork.latest().step()).isEqualTo(100);
                fork.runTo(150); // same settings: the fork's continuation is the run's own
                idle(fork);
                assertThat(fork.latest().valLoss()).isEqualTo(at150.valLoss());
                assertThat(fork.latest().reduced()).isEqualTo(at150.reduced());
                assertThat(fork.latest().checkpoint().params()).isEqualTo(at150.checkpoint().params());
            }
            assertThat(sim.frames()).as("the run it came from keeps every frame").isEqualTo(before);
            assertThat(sim.currentStep()).isEqualTo(200);
        }
    }

    @Test
    void resetReturnsToTheInitialState() throws Exception {
        try (Simulation sim = new Simulation(s1).start()) {
            idle(sim);
            Frame start = sim.latest();
            sim.step(50);
            idle(sim);
            sim.reset();
            idle(sim);
            assertThat(sim.currentStep()).isZero();
            assertThat(sim.frames()).hasSize(1);
            assertThat(sim.latest().reduced()).isEqualTo(start.reduced());
        }
    }

    @Test
    void theFirstFrameAfterAResetInMidWindowCarriesNothingOfTheOldRun() throws Exception {
        try (Simulation sim = new Simulation(s1).start()) {
            sim.step(55); // five steps past the last frame: a partial loss window and a gradient norm
            idle(sim);
            sim.reset();
            idle(sim);
            Frame first = sim.latest();
            assertThat(first.step()).isZero();
            assertThat(first.trainLoss()).isNaN();
            assertThat(first.gradNorm()).isNaN();
            assertThat(first.stepsPerSecond()).isNaN();
        }
    }

    @Test
    void energyFractionsKeepTheOrderTheyWereRecordedIn() {
        java.util.Map<String, Double> ordered = new java.util.LinkedHashMap<>();
        for (String name : List.of("h", "g", "f", "e", "d", "c", "b", "a", "attn.wv", "ff.w1")) {
            ordered.put(name, 0.5);
        }
        Frame f = new Frame(0, 0, 0, new double[][] {{1}}, 0, new double[6], 0, new double[6], ordered, null,
                new int[0], new double[0][][], new double[0][], 0, null, java.util.Map.of(), null);
        assertThat(f.energyFraction().keySet()).containsExactlyElementsOf(ordered.keySet());
    }

    @Test
    void playRunsToTheConfiguredEndAndFinishes() throws Exception {
        try (Simulation sim = new Simulation(s1.withSteps(120)).start()) {
            sim.play();
            idle(sim);
            assertThat(sim.status()).isEqualTo(Simulation.Status.FINISHED);
            assertThat(sim.latest().step()).isEqualTo(120);
        }
    }

    @Test
    void timelineThinsOldFramesToStayWithinItsCapacity() {
        Timeline t = new Timeline(8);
        for (int i = 0; i < 100_000; i++) { // a long run against a small cap
            if (i % t.stride() == 0) {
                t.add(frame(i), null);
            }
            assertThat(t.size()).isLessThanOrEqualTo(8);
        }
        assertThat(t.frame(0).step()).isZero();
        // evenly thinned: the stride doubled until 8 entries span the run, the newest within one stride of the end
        assertThat(t.stride()).isBetween(100_000 / 8, 100_000 / 2);
        assertThat(t.frame(t.size() - 1).step()).isGreaterThan(100_000 - 1 - t.stride());
        for (int i = 1; i < t.size(); i++) {
            assertThat(t.frame(i).step()).isGreaterThan(t.frame(i - 1).step());
        }
    }

    @Test
    void aTimelineListHandedOutNeverChangesAndStepLookupsFindTheFirstEntry() {
        Timeline t = new Timeline(8);
        for (int i = 0; i < 5; i++) {
            t.add(frame(i * 10), null);
        }
        List<Frame> before = t.frames();
        t.truncateAfter(2);
        t.add(frame(99), null);
        for (int i = 0; i < 10; i++) {
            t.add(frame(100 + i), null); // forces a thinning
        }
        assertThat(before).extracting(Frame::step).containsExactly(0L, 10L, 20L, 30L, 40L);
        t.clear();
        t.add(frame(0), null);
        t.add(frame(10), null);
        t.add(frame(10), null); // a diverged frame repeats the last good step
        assertThat(t.indexOfStep(10)).isEqualTo(1);
        assertThat(t.indexOfStep(5)).isEqualTo(-1);
    }

    @Test
    void exportRangeSnapsToTheLastFrameRecordedAtOrBeforeTheStep() {
        java.util.List<Frame> frames = java.util.List.of(frame(0), frame(10), frame(20), frame(40));
        assertThat(Frame.indexAtOrBefore(frames, 0)).isZero();
        assertThat(Frame.indexAtOrBefore(frames, 19)).isEqualTo(1);
        assertThat(Frame.indexAtOrBefore(frames, 20)).isEqualTo(2);
        assertThat(Frame.indexAtOrBefore(frames, 1_000)).isEqualTo(3);
        assertThat(Frame.indexAtOrBefore(frames, 39)).isEqualTo(2);
    }

    private static Frame frame(long step) {
        return new Frame(step, 0, 0, new double[][] {{1}}, 0, new double[6], 0, new double[6], java.util.Map.of(), null,
                new int[0], new double[0][][], new double[0][], 0, null, java.util.Map.of(), null);
    }
}
