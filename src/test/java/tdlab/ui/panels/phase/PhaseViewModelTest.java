package tdlab.ui.panels.phase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.sim.Runs;
import tdlab.ui.panels.PanelContext;

/** Issue 15: a cancelled sweep keeps the complete diagram it would have replaced; an uncomputed cell says so. */
class PhaseViewModelTest {
    private final List<double[]> picked = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private PhaseViewModel model() throws Exception {
        PanelContext context = new PanelContext(new SimpleObjectProperty<>(), (e0, w0) -> picked.add(
                new double[] {e0, w0}), (p, q) -> picked.add(new double[] {p, q}), params -> { });
        return WaitForAsyncUtils.asyncFx(() -> {
            PhaseViewModel vm = new PhaseViewModel(context);
            vm.newRun(Runs.preset("s1a-local-to-global-pq-below-one"));
            vm.cellsPerAxisProperty().set(6);
            vm.stepsProperty().set(30);
            return vm;
        }).get();
    }

    private static void awaitIdle(PhaseViewModel vm) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !vm.computingProperty().get()).get());
    }

    @Test
    void aCancelledSweepKeepsTheCompleteDiagramBeforeIt() throws Exception {
        PhaseViewModel vm = model();
        WaitForAsyncUtils.asyncFx(vm::compute).get();
        awaitIdle(vm);
        PhaseViewModel.Result complete = WaitForAsyncUtils.asyncFx(() -> vm.resultProperty().get()).get();
        assertThat(complete.cells()).hasSize(36);
        WaitForAsyncUtils.asyncFx(() -> {
            vm.stepsProperty().set(20_000); // long enough to be cancelled on its way
            vm.compute();
            assertThat(vm.resultProperty().get()).isSameAs(complete); // shown while the new one computes
            vm.cancel();
        }).get();
        awaitIdle(vm);
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.resultProperty().get()).get()).isSameAs(complete);
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.statusProperty().get()).get()).contains("kept");
        WaitForAsyncUtils.asyncFx(() -> vm.pick(0.1, 0.1)).get(); // a computed cell of the kept diagram
        assertThat(picked).hasSize(1);
    }

    @Test
    void aClickOnACellTheCancelledSweepDidNotReachLoadsNothingAndSaysSo() throws Exception {
        PhaseViewModel vm = model();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.stepsProperty().set(20_000);
            vm.compute();
            vm.cancel();
        }).get();
        awaitIdle(vm);
        PhaseViewModel.Result partial = WaitForAsyncUtils.asyncFx(() -> vm.resultProperty().get()).get();
        assertThat(partial.cells().size()).isLessThan(36);
        // the pool stops starting cells at the cancel: cell (5, 5), the last of 36, is past any machine's first jobs
        assertThat(partial.cells()).noneMatch(c -> c.i() == 5 && c.j() == 5);
        WaitForAsyncUtils.asyncFx(() -> vm.pick(0.95, 0.95)).get();
        assertThat(picked).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> vm.statusProperty().get()).get()).contains("not computed");
    }
}
