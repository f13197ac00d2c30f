package tdlab.family.highorder;

import java.util.SplittableRandom;
import tdlab.task.highorder.HighOrderTeacher;

/**
 * The teacher's expected cross-entropy on the generated positions, by Monte Carlo over the generative process.
 * Each sequence contributes the mean entropy of the teacher law over its generated positions (the expected
 * log-loss given the context, which has less variance than the log-loss of the drawn token); sequences are
 * drawn in chunks until the standard error of their mean is at most {@link #TARGET_ERROR}.
 *
 * @param value  the estimate, nats per token
 * @param error  its standard error
 * @param sequences how many sequences it took
 */
public record BayesLoss(double value, double error, long sequences) {
    public static final double TARGET_ERROR = 0.002;
    static final long SEED = 0x5EEDBA7E5L; // fixed: the same task always gets the same estimate
    private static final int CHUNK = 1000;
    private static final int MAX_SEQUENCES = 400_000;

    /** The estimate for the teacher with {@code length} generated tokens per sequence. */
    public static BayesLoss estimate(HighOrderTeacher teacher, int length) {
        int w = teacher.context();
        int v = teacher.vocab();
        int[] tokens = new int[w + length];
        double[] z = new double[v];
        SplittableRandom random = new SplittableRandom(SEED);
        double sum = 0;
        double sumSq = 0;
        long n = 0;
        double error = Double.POSITIVE_INFINITY;
        while (n < MAX_SEQUENCES && (n < 2 * CHUNK || error > TARGET_ERROR)) {
            for (int c = 0; c < CHUNK; c++) {
                double entropy = 0;
                for (int t = 0; t < tokens.length; t++) {
                    if (t < w) {
                        tokens[t] = random.nextInt(v);
                        continue;
                    }
                    teacher.logits(tokens, 0, t, teacher.blocks(), z);
                    HighOrderTeacher.softmaxInPlace(z, v);
                    entropy += entropyOf(z, v);
                    tokens[t] = HighOrderTeacher.draw(z, v, random);
                }
                double mean = entropy / length;
                sum += mean;
                sumSq += mean * mean;
                n++;
            }
            double m = sum / n;
            error = Math.sqrt(Math.max(0, sumSq / n - m * m) / (n - 1));
        }
        return new BayesLoss(sum / n, error, n);
    }

    private static double entropyOf(double[] p, int v) {
        double h = 0;
        for (int j = 0; j < v; j++) {
            if (p[j] > 0) {
                h -= p[j] * Math.log(p[j]);
            }
        }
        return h;
    }
}
