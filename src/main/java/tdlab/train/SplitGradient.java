package tdlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import tdlab.model.TrainableModel;
import tdlab.task.Batch;

/**
 * A training step's loss and gradient spread over threads without letting the thread count change a single bit:
 * the batch is always cut into the same chunks of consecutive sequences ({@code min(B, }{@value #MAX_CHUNKS}{@code )}
 * of them, sizes differing by at most one), each chunk's mean loss and gradient is computed on its own (by whichever
 * model replica is free: replicas hold only scratch space), and the chunks are summed in their order with weights
 * n_c/B. One thread walks the same chunks itself, so 1, 2 or 3 threads give identical numbers. Only for models whose
 * loss is a per-sequence mean ({@link TrainableModel#splitsBySequence}) and batches of equal-length sequences; any
 * other batch goes to the model whole.
 */
final class SplitGradient implements AutoCloseable {
    static final int MAX_CHUNKS = 8;
    private final TrainableModel[] replicas;
    private final ExecutorService pool;
    private Batch shape;
    private Batch[] chunks = new Batch[0];
    private int[] from = new int[0];
    private double[][] grads = new double[0][];
    private final double[] losses = new double[MAX_CHUNKS];

    /** {@code model} is the trainer's own; {@code more} builds one more replica per extra thread. */
    SplitGradient(TrainableModel model, int threads, Supplier<TrainableModel> more) {
        int n = model.splitsBySequence() ? Math.max(1, Math.min(threads, MAX_CHUNKS)) : 1;
        replicas = new TrainableModel[n];
        replicas[0] = model;
        for (int i = 1; i < n; i++) {
            replicas[i] = more.get();
        }
        pool = n > 1 ? Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "tdlab-step");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** Threads this step runs on. */
    int threads() {
        return replicas.length;
    }

    double lossAndGradient(double[] params, Batch batch, double[] grad) {
        TrainableModel model = replicas[0];
        if (!model.splitsBySequence() || batch.lengths() != null || batch.size() < 2) {
            return model.lossAndGradient(params, batch, grad);
        }
        cut(batch);
        int k = chunks.length;
        for (int c = 0; c < k; c++) {
            copy(batch, from[c], chunks[c]);
        }
        if (pool == null) {
            for (int c = 0; c < k; c++) {
                losses[c] = model.lossAndGradient(params, chunks[c], grads[c]);
            }
        } else {
            runOnReplicas(params, k);
        }
        double total = 0;
        java.util.Arrays.fill(grad, 0, grads[0].length, 0.0);
        for (int c = 0; c < k; c++) { // in chunk order, whatever finished first
            double w = (double) chunks[c].size() / batch.size();
            total += w * losses[c];
            double[] g = grads[c];
            for (int j = 0; j < g.length; j++) {
                grad[j] += w * g[j];
            }
        }
        return total;
    }

    /** Replica r takes chunks r, r + n, r + 2n, …: each chunk's numbers do not depend on who computes them. */
    private void runOnReplicas(double[] params, int k) {
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < replicas.length; r++) {
            TrainableModel m = replicas[r];
            int first = r;
            running.add(pool.submit(() -> {
                for (int c = first; c < k; c += replicas.length) {
                    losses[c] = m.lossAndGradient(params, chunks[c], grads[c]);
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during a training step", e);
            }
        }
    }

    /** The chunks of a batch of this shape (allocated once per shape). */
    private void cut(Batch batch) {
        if (shape != null && shape.size() == batch.size() && shape.length() == batch.length()
                && shape.featureDim() == batch.featureDim() && (shape.features() == null) == (batch.features() == null)) {
            return;
        }
        shape = batch;
        int b = batch.size();
        int k = Math.min(b, MAX_CHUNKS);
        chunks = new Batch[k];
        from = new int[k];
        grads = new double[k][replicas[0].layout().size()];
        for (int c = 0; c < k; c++) {
            from[c] = c * b / k;
            int n = (c + 1) * b / k - from[c];
            chunks[c] = batch.features() == null ? Batch.allocate(n, batch.length())
                    : Batch.withFeatures(n, batch.length(), batch.featureDim());
        }
    }

    /** Sequences first … first + chunk.size() − 1 of the batch into the chunk: tokens, targets and features. */
    private static void copy(Batch batch, int first, Batch chunk) {
        System.arraycopy(batch.tokens(), batch.offset(first), chunk.tokens(), 0, chunk.tokens().length);
        if (batch.features() != null) {
            System.arraycopy(batch.features(), batch.featureOffset(first, 0), chunk.features(), 0,
                    chunk.features().length);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
