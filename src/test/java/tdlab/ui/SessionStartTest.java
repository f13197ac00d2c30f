package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The window's run waits for its first frame (issue 14): nothing trains or records before, all of it after. */
class SessionStartTest {

    @Test
    void theRunStartsWhenTheWindowIsDrawnWithWhatWasAskedBefore() throws Exception {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        try (SessionViewModel vm = new SessionViewModel(Presets.load("s1a-local-to-global-pq-below-one"), drawn)) {
            vm.step(5);
            Thread.sleep(500); // time enough for a started thread's step-0 frame
            vm.poll();
            assertThat(vm.frameProperty().get()).as("not even the step-0 frame before the window is drawn").isNull();
            drawn.complete(null);
            assertThat(vm.awaitIdle(10_000)).isTrue();
            vm.poll();
            assertThat(vm.stepProperty().get()).as("the steps asked for before, trained after").isEqualTo(5);
            assertThat(vm.framesProperty().get().get(0).step()).isZero();
        }
    }

    @Test
    void aRunReplacedBeforeTheFirstFrameNeverStarts() throws Exception {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        long before = trainingThreads();
        try (SessionViewModel vm = new SessionViewModel(Presets.load("s1a-local-to-global-pq-below-one"), drawn)) {
            vm.load(Presets.load("s1a-local-to-global-pq-below-one"));
            vm.step(3);
            drawn.complete(null);
            assertThat(vm.awaitIdle(10_000)).isTrue();
            vm.poll();
            assertThat(vm.stepProperty().get()).isEqualTo(3);
            assertThat(trainingThreads() - before).as("one training thread: the replaced run's was never started")
                    .isEqualTo(1);
        }
    }

    @Test
    void aRunHandedOverBeforeTheFirstFrameStartsWithItAndTakesItsCommands() throws Exception {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        try (SessionViewModel vm = new SessionViewModel(Presets.load("s1a-local-to-global-pq-below-one"), drawn)) {
            tdlab.sim.Simulation pinned = vm.handOverRun(); // Compare → Pin before the window is drawn
            try {
                pinned.step(4);
                vm.step(2);
                drawn.complete(null);
                assertThat(pinned.awaitIdle(10_000)).as("the handed-over run's thread started").isTrue();
                assertThat(pinned.currentStep()).isEqualTo(4);
                assertThat(vm.awaitIdle(10_000)).isTrue();
                vm.poll();
                assertThat(vm.stepProperty().get()).isEqualTo(2);
            } finally {
                pinned.close();
            }
        }
    }

    private static long trainingThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("tdlab-train-")).count();
    }
}
