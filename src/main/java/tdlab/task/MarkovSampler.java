package tdlab.task;

import java.util.SplittableRandom;

/**
 * Seeded sampler of Markov sequences. Two samplers with the same chain and seed produce the same
 * batches; it is not thread-safe (one per training thread).
 */
public final class MarkovSampler implements TaskSampler {
    private final MarkovChain chain;
    private final double[] initialCdf;
    private final double[][] rowCdf;
    private final SplittableRandom random;
    /** A two-state chain's draws, the same tokens as the general loop's, without its branch; null otherwise. */
    private final TwoStateDraws twoState;

    public MarkovSampler(MarkovChain chain, long seed) {
        this.chain = chain;
        this.random = new SplittableRandom(seed);
        this.initialCdf = cdf(chain.initialLaw());
        int k = chain.states();
        this.rowCdf = new double[k][];
        for (int i = 0; i < k; i++) {
            rowCdf[i] = cdf(chain.matrix().row(i));
        }
        this.twoState = k == 2 ? TwoStateDraws.of(initialCdf[0], rowCdf[0][0], rowCdf[1][0]) : null;
    }

    public MarkovChain chain() {
        return chain;
    }

    @Override
    public Batch allocate(int size, int length) {
        return Batch.allocate(size, length);
    }

    public Batch sample(int size, int length) {
        Batch b = Batch.allocate(size, length);
        fill(b);
        return b;
    }

    /** Overwrites the batch with fresh sequences from this sampler's stream. */
    public void fill(Batch batch) {
        fillFrom(batch, random);
    }

    /**
     * Overwrites the batch with sequences drawn from a stream seeded by {@code seed} alone, so that the
     * batch of any training step can be regenerated from (data seed, step) without replaying the run.
     */
    @Override
    public void fill(Batch batch, long seed) {
        if (twoState == null) {
            fillFrom(batch, new SplittableRandom(seed));
            return;
        }
        long state = seed; // new SplittableRandom(seed)'s state, as fillFrom would draw from it
        for (int b = 0; b < batch.size(); b++) {
            state = twoState.sequence(batch.tokens(), batch.offset(b), batch.length() + 1, state);
        }
    }

    private void fillFrom(Batch batch, SplittableRandom random) {
        int[] tokens = batch.tokens();
        int n = batch.length() + 1;
        for (int b = 0; b < batch.size(); b++) {
            int off = batch.offset(b);
            int x = draw(initialCdf, random);
            tokens[off] = x;
            for (int t = 1; t < n; t++) {
                x = draw(rowCdf[x], random);
                tokens[off + t] = x;
            }
        }
    }

    private static int draw(double[] cdf, SplittableRandom random) {
        double u = random.nextDouble();
        int last = cdf.length - 1;
        for (int i = 0; i < last; i++) {
            if (u < cdf[i]) {
                return i;
            }
        }
        return last;
    }

    private static double[] cdf(double[] p) {
        double[] c = new double[p.length];
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            c[i] = s;
        }
        // rounding may leave the total at 0.9999…: the last state with positive mass takes the remainder,
        // so a zero-probability state is never drawn
        int lastPositive = p.length - 1;
        while (lastPositive > 0 && p[lastPositive] == 0) {
            lastPositive--;
        }
        for (int i = lastPositive; i < p.length; i++) {
            c[i] = 1.0;
        }
        return c;
    }
}
