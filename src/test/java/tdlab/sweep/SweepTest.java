package tdlab.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.export.SweepCsv;
import tdlab.model.Backend;
import tdlab.model.CanonicalConfig;
import tdlab.family.markov.Minimum;
import tdlab.sim.Runs;
import tdlab.task.ConfigException;
import tdlab.task.MarkovTask;
import tdlab.theory.CanonicalTheory;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.TrainingConfig;

class SweepTest {

    /** The canonical model under plain SGD with a step small enough to follow the gradient flow. */
    private static RunConfig canonical(double p, double q) {
        TrainingConfig t = new TrainingConfig(5000, 8, 128, OptimizerConfig.sgd(0), TrainingConfig.uniform(0.01, 0),
                Schedule.constant(), 0, List.of(), 100_000, 4);
        return new RunConfig("basins", MarkovTask.binary(p, q), new CanonicalConfig(), Backend.PLAIN,
                InitConfig.canonicalPoint(0.5, -1), t, 7, 4);
    }

    private static boolean nearSeparatrix(double e0, double w0) {
        return Math.abs(CanonicalTheory.energy(e0, w0) - CanonicalTheory.SADDLE_ENERGY) < 0.25 || Math.abs(e0) < 0.2
                || Math.abs(w0 - CanonicalTheory.SADDLE_W) < 0.15 || Math.abs(w0) < 0.1;
    }

    @Test
    void measuredBasinsAgreeWithTheAnalyticTestAwayFromTheSeparatrix() throws Exception {
        for (double[] pq : new double[][] {{0.2, 0.3}, {0.8, 0.9}}) {
            Sweep sweep = new Sweep(canonical(pq[0], pq[1]), new SweepSpec(SweepSpec.Mode.INIT, 12, -1.6, 1.6, -1.6, 1.6,
                    5000));
            List<SweepCell> cells = sweep.run(Sweep.Shard.ALL, 2, d -> { }, new AtomicBoolean());
            assertThat(cells).hasSize(144);
            int judged = 0;
            int agree = 0;
            for (SweepCell c : cells) {
                if (nearSeparatrix(c.y(), c.x())) {
                    continue;
                }
                judged++;
                if (c.outcome() == c.analytic()) {
                    agree++;
                }
            }
            assertThat(judged).isGreaterThan(60);
            assertThat(agree / (double) judged).as("p=%s q=%s: %d of %d cells agree", pq[0], pq[1], agree, judged)
                    .isGreaterThanOrEqualTo(0.97);
            // both basins are present in each map
            assertThat(cells).extracting(SweepCell::outcome).contains(Minimum.GLOBAL, Minimum.LOCAL);
        }
    }

    @Test
    void shardsCoverTheGridOnceAndMergeToTheFullSweep(@TempDir Path dir) throws Exception {
        RunConfig s1a = Runs.preset("s1a-local-to-global-pq-below-one");
        SweepSpec spec = new SweepSpec(SweepSpec.Mode.PQ, 4, 0, 1, 0, 1, 200);
        Sweep sweep = new Sweep(s1a, spec);
        List<SweepCell> whole = sweep.run(Sweep.Shard.ALL, 2, d -> { }, new AtomicBoolean());
        List<SweepCell> parts = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            List<SweepCell> shard = sweep.run(new Sweep.Shard(s, 3), 1, d -> { }, new AtomicBoolean());
            Path f = dir.resolve("s" + s + ".csv");
            SweepCsv.write(f, spec, shard, "shard " + s);
            SweepCsv.Table back = SweepCsv.read(f);
            assertThat(back.spec()).isEqualTo(spec);
            parts.addAll(back.cells());
        }
        parts.sort(java.util.Comparator.comparingInt(c -> c.index(4)));
        assertThat(parts).hasSize(16);
        for (int k = 0; k < 16; k++) { // deterministic per cell, whichever process computed it
            assertThat(parts.get(k).outcome()).isEqualTo(whole.get(k).outcome());
            assertThat(parts.get(k).loss()).isCloseTo(whole.get(k).loss(), org.assertj.core.data.Offset.offset(1e-8));
        }
    }

    @Test
    void cancellingStopsStartingCells() throws Exception {
        Sweep sweep = new Sweep(Runs.preset("s1a-local-to-global-pq-below-one"), SweepSpec.pq(6, 300));
        AtomicBoolean cancel = new AtomicBoolean();
        List<SweepCell> cells = sweep.run(Sweep.Shard.ALL, 1, done -> cancel.set(done >= 3), cancel);
        assertThat(cells.size()).isBetween(3, 5);
    }

    @Test
    void badShardsAndGridsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Sweep.Shard.parse("3/3")).isInstanceOf(ConfigException.class).hasMessageStartingWith(
                "shard:");
        assertThatThrownBy(() -> Sweep.Shard.parse("x")).hasMessageStartingWith("shard:");
        assertThatThrownBy(() -> new SweepSpec(SweepSpec.Mode.PQ, 10, 0, 1.5, 0, 1, 10)).hasMessageStartingWith(
                "sweep.x_range:");
        RunConfig gpt = Runs.preset("s2a-simple-transformer-standard-init");
        assertThat(new Sweep(gpt, SweepSpec.init(2, 2)).cellConfig(0, 0).init().scheme())
                .isEqualTo(InitConfig.Scheme.CANONICAL_POINT);
    }
}
