package tdlab.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import tdlab.model.CanonicalConfig;
import tdlab.family.markov.Minimum;
import tdlab.task.InitialDistribution;
import tdlab.task.MarkovChain;
import tdlab.family.markov.MarkovFamily;
import tdlab.task.MarkovTask;
import tdlab.task.TransitionMatrix;
import tdlab.theory.CanonicalTheory;
import tdlab.theory.ChainTheory;
import tdlab.train.InitConfig;
import tdlab.train.RunConfig;
import tdlab.train.Trainer;

/**
 * Runs a grid of trainings in parallel (one Trainer per cell, each on one thread) and classifies where each
 * ended. Deterministic: a cell's run depends only on the base configuration and its coordinates, so shards
 * computed anywhere merge into the same grid.
 */
public final class Sweep {
    private final RunConfig base;
    private final SweepSpec spec;

    public Sweep(RunConfig base, SweepSpec spec) {
        this.base = base;
        this.spec = spec;
        // the corner cells hold the extremes of both axes: if they are valid runs, every cell is, and a bad grid
        // fails here, naming the field, not midway on a worker thread
        int last = spec.n() - 1;
        cellConfig(0, 0);
        cellConfig(last, last);
        cellConfig(0, last);
        cellConfig(last, 0);
    }

    public SweepSpec spec() {
        return spec;
    }

    /** Shard s of N: the cells whose index k = j·n + i has k mod N = s. */
    public record Shard(int index, int count) {
        public static final Shard ALL = new Shard(0, 1);

        public Shard {
            tdlab.task.ConfigException.require(count >= 1 && index >= 0 && index < count, "shard",
                    "must be i/n with 0 ≤ i < n, got " + index + "/" + count);
        }

        public boolean owns(int cell) {
            return cell % count == index;
        }

        public static Shard parse(String text) {
            String[] p = text.split("/");
            tdlab.task.ConfigException.require(p.length == 2, "shard", "must look like i/n, e.g. 0/4; got " + text);
            try {
                return new Shard(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
            } catch (NumberFormatException e) {
                throw new tdlab.task.ConfigException("shard", "must look like i/n, e.g. 0/4; got " + text);
            }
        }
    }

    /**
     * Runs the shard's cells on {@code threads} threads. {@code progress} gets the number of finished cells;
     * setting {@code cancel} stops starting new cells (returns the finished ones).
     */
    public List<SweepCell> run(Shard shard, int threads, IntConsumer progress, AtomicBoolean cancel)
            throws InterruptedException {
        List<Integer> owned = new ArrayList<>();
        for (int k = 0; k < spec.cells(); k++) {
            if (shard.owns(k)) {
                owned.add(k);
            }
        }
        List<SweepCell> out = new ArrayList<>();
        for (SweepCell c : Workers.run(owned, k -> runCell(k % spec.n(), k / spec.n()), threads, progress, cancel)) {
            if (c != null) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(c -> c.index(spec.n())));
        return out;
    }

    /** Sweeps are phase diagrams of chains: both modes classify runs against a chain's two landmarks. */
    private static MarkovTask chainOf(RunConfig c) {
        return MarkovFamily.chainOf(c.task()).orElseThrow(() -> new tdlab.task.ConfigException("task.type",
                "a sweep needs a Markov chain task (its phase diagram is over chains), got " + c.task().type()));
    }

    /** The configuration of cell (i, j). */
    public RunConfig cellConfig(int i, int j) {
        RunConfig c = base.withSteps(spec.steps());
        double x = spec.x(i);
        double y = spec.y(j);
        if (spec.mode() == SweepSpec.Mode.PQ) {
            InitialDistribution initial = chainOf(base).initial();
            c = c.withTask(new MarkovTask(TransitionMatrix.binary(x, y), initial));
        } else {
            InitConfig init = new InitConfig(InitConfig.Scheme.CANONICAL_POINT, base.init().std(), y, x, base.init().b0());
            c = c.withInit(init);
        }
        return c;
    }

    /** Trains cell (i, j) to the end and classifies its final loss. */
    public SweepCell runCell(int i, int j) {
        RunConfig c = cellConfig(i, j);
        Trainer trainer = Trainer.singleThreaded(c, tdlab.family.Families.of(c.task()).exactLoss(c.model()));
        while (!trainer.finished() && trainer.divergence() == null) {
            trainer.step();
        }
        MarkovTask task = chainOf(c);
        MarkovChain chain = task.chain();
        ChainTheory theory = ChainTheory.of(chain);
        CanonicalTheory canonical = CanonicalTheory.of(task).orElse(null);
        double loss;
        double bigramReference; // the exact population loss is judged against the exact landmarks,
        double unigramReference; // a validation loss against its own sample's
        if (c.model() instanceof CanonicalConfig && canonical != null) {
            double[] p = trainer.params();
            loss = canonical.loss(p[0], p[1], p[2]);
            bigramReference = theory.entropyRate();
            unigramReference = theory.unigramLoss();
        } else {
            loss = trainer.validate().loss();
            ChainTheory.SampleReference ref = ChainTheory.onSample(chain, trainer.validationBatch());
            bigramReference = ref.bigramLoss();
            unigramReference = ref.unigramLoss();
        }
        Minimum outcome = trainer.divergence() != null ? Minimum.NONE : Minimum.classify(loss, bigramReference,
                unigramReference, Minimum.tolerance(theory.entropyRate(), theory.unigramLoss()));
        Minimum analytic = null;
        if (canonical != null) {
            double e0;
            double w0;
            if (c.init().scheme() == InitConfig.Scheme.CANONICAL_POINT) {
                e0 = c.init().e0();
                w0 = c.init().w0();
            } else {
                e0 = Math.max(1e-3, c.init().std());
                w0 = e0;
            }
            analytic = switch (canonical.basin(e0, w0)) {
                case GLOBAL, DEGENERATE -> Minimum.GLOBAL;
                case LOCAL -> Minimum.LOCAL;
            };
        }
        return new SweepCell(i, j, spec.x(i), spec.y(j), loss, theory.entropyRate(), theory.unigramLoss(), outcome,
                analytic);
    }
}
