package tdlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import tdlab.family.classes.DtEntropy;
import tdlab.model.ParamGroup;
import tdlab.family.classes.RateGrid;
import tdlab.task.ConfigException;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.train.RunConfig;
import tdlab.train.Trainer;

/**
 * Scan and Snap's learning-rate sweep (Fig. 6, science.md §4.3): for every η_Z and ratio η_Y/η_Z of a
 * {@link RateGrid}, train the base run with the attention's rate η_Z and the decoder's η_Y, once per seed, and
 * record the final DT entropy ({@link DtEntropy}). Run r of every cell uses seed = base seed + r, so the cells
 * share their draws (init and data) and differ only in the rates. A run depends on nothing but its cell and
 * seed: shards (cell index mod n) merge into the unsharded grid, and the thread count changes no number.
 */
public final class RateSweep {
    private final RunConfig base;
    private final RateGrid grid;
    private final SequenceClassesTask task;

    public RateSweep(RunConfig base, RateGrid grid) {
        if (!(base.task() instanceof SequenceClassesTask t)) {
            throw new ConfigException("task.type", "a learning-rate sweep measures the attention on sequence"
                    + " classes (Scan and Snap); it needs a " + SequenceClassesTask.TYPE + " task, got "
                    + base.task().type());
        }
        this.task = t;
        this.base = base;
        this.grid = grid;
        // the extreme rates give valid runs if any does: a bad grid fails here, not on a worker thread
        runConfig(0, 0);
        runConfig(grid.cells() - 1, grid.seeds() - 1);
    }

    public RateGrid grid() {
        return grid;
    }

    public int steps() {
        return base.training().steps();
    }

    public double etaZ(int cell) {
        return grid.etaZ().get(cell / grid.etaRatio().size());
    }

    public double etaRatio(int cell) {
        return grid.etaRatio().get(cell % grid.etaRatio().size());
    }

    /** Run {@code seed} (0-based) of a cell: the base run with η_Z on the attention, η_Y on the head. */
    public RunConfig runConfig(int cell, int seed) {
        double z = etaZ(cell);
        return base.withTraining(base.training().withLearningRate(ParamGroup.ATTENTION, z)
                .withLearningRate(ParamGroup.HEAD, z * etaRatio(cell))).withSeed(base.seed() + seed);
    }

    /** Trains one run to its end: its final DT entropy, NaN if it diverged. */
    public double runOne(int cell, int seed) {
        Trainer trainer = Trainer.singleThreaded(runConfig(cell, seed));
        while (!trainer.finished() && trainer.divergence() == null) {
            trainer.step();
        }
        return trainer.divergence() != null ? Double.NaN : DtEntropy.mean(task, trainer.model(), trainer.params());
    }

    /** The runs a shard trains: its cells times the seeds. */
    public int runs(Sweep.Shard shard) {
        int cells = 0;
        for (int k = 0; k < grid.cells(); k++) {
            cells += shard.owns(k) ? 1 : 0;
        }
        return cells * grid.seeds();
    }

    /**
     * Trains the shard's cells, every seed a job on {@code threads} threads. {@code progress} gets the number of
     * finished runs; after {@code cancel} no run starts, and the cells with at least one finished run are kept
     * (their {@code seeds} says how many). Cells in grid order.
     */
    public List<RateCell> run(Sweep.Shard shard, int threads, IntConsumer progress, AtomicBoolean cancel)
            throws InterruptedException {
        int seeds = grid.seeds();
        List<Integer> jobs = new ArrayList<>();
        for (int k = 0; k < grid.cells(); k++) {
            if (shard.owns(k)) {
                for (int r = 0; r < seeds; r++) {
                    jobs.add(k * seeds + r);
                }
            }
        }
        List<Double> done = Workers.run(jobs, j -> runOne(j / seeds, j % seeds), threads, progress, cancel);
        List<RateCell> out = new ArrayList<>();
        for (int at = 0; at < jobs.size(); at += seeds) {
            int cell = jobs.get(at) / seeds;
            double[] h = new double[seeds];
            boolean ran = false;
            for (int r = 0; r < seeds; r++) {
                Double v = done.get(at + r);
                h[r] = v == null ? Double.NaN : v;
                ran |= v != null;
            }
            if (ran) {
                out.add(RateCell.of(cell, etaZ(cell), etaRatio(cell), h));
            }
        }
        return out;
    }
}
