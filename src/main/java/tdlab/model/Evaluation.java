package tdlab.model;

/**
 * Forward-pass statistics over a batch.
 *
 * @param loss        mean cross-entropy in nats over the loss positions
 * @param conditional conditional[i][j]: mean predicted P(next = j) at positions whose current token is i
 *                    (NaN in rows of tokens that never occur)
 * @param counts      counts[i]: how many loss positions had current token i
 */
public record Evaluation(double loss, double[][] conditional, long[] counts) {

    public Evaluation {
        double[][] copy = new double[conditional.length][];
        for (int i = 0; i < conditional.length; i++) {
            copy[i] = conditional[i].clone();
        }
        conditional = copy;
        counts = counts.clone();
    }

    /** Accumulates per-position predictions into an Evaluation. */
    public static final class Accumulator {
        private final double[][] sums;
        private final long[] counts;
        private double lossSum;
        private long positions;

        public Accumulator(int vocab) {
            sums = new double[vocab][vocab];
            counts = new long[vocab];
        }

        /** Adds one position: its current token, the loss there and the predicted law (read, not kept). */
        public void add(int current, double loss, double[] predicted) {
            add(current, loss, predicted, 1);
        }

        /** Adds {@code count} positions with the same current token, loss and prediction. */
        public void add(int current, double loss, double[] predicted, long count) {
            double[] row = sums[current];
            for (int j = 0; j < row.length; j++) {
                row[j] += predicted[j] * count;
            }
            counts[current] += count;
            lossSum += loss * count;
            positions += count;
        }

        public Evaluation result() {
            double[][] mean = new double[sums.length][sums.length];
            for (int i = 0; i < sums.length; i++) {
                for (int j = 0; j < sums.length; j++) {
                    mean[i][j] = counts[i] == 0 ? Double.NaN : sums[i][j] / counts[i];
                }
            }
            return new Evaluation(lossSum / positions, mean, counts);
        }
    }
}
