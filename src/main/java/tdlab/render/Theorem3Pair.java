package tdlab.render;

import java.util.List;
import tdlab.family.classes.AttentionScores;
import tdlab.sim.Frame;
import tdlab.task.classes.SequenceClass;

/**
 * A pair of distinct tokens of one class for Theorem 3, chosen by the user: r_{l/l'|n}(t) = c̃_l²/c̃_l'² − 1 and
 * z_{m,l}(t) read from each frame's parameters (head 1's Z), so any pair can be shown, not only the likeliest and the
 * rarest that the frames' series carry. l is always the likelier of the two: the theorem's r(0) = (P_l/P_l')² − 1
 * is then positive.
 *
 * @param scores the class and the run's Z tensor
 * @param l      the likelier token's place among the class's tokens
 * @param other  the other token's place
 */
public record Theorem3Pair(ClassScores scores, int l, int other) {

    /** Puts the likelier token first. */
    public static Theorem3Pair of(ClassScores scores, int a, int b) {
        double[] p = scores.sequenceClass().probs();
        return p[a] >= p[b] ? new Theorem3Pair(scores, a, b) : new Theorem3Pair(scores, b, a);
    }

    /** Frames 0..upTo, normalised by frame 0 as {@link Theorem3Series}; NaN where a frame has no parameters. */
    public Theorem3Series series(List<Frame> frames, int upTo) {
        int n = Math.max(0, Math.min(frames.size(), upTo + 1));
        long[] steps = new long[n];
        double[] r = new double[n];
        double[] z = new double[n];
        SequenceClass c = scores.sequenceClass();
        for (int i = 0; i < n; i++) {
            Frame f = frames.get(i);
            steps[i] = f.step();
            if (f.checkpoint() == null || scores.attention() == null) {
                r[i] = Double.NaN;
                z[i] = Double.NaN;
                continue;
            }
            double[] cn = scores.at(f);
            r[i] = cn[l] * cn[l] / (cn[other] * cn[other]) - 1;
            z[i] = AttentionScores.logit(c, f.checkpoint().params(), scores.attention(), c.tokens()[l]);
        }
        return Theorem3Series.of(steps, r, z);
    }
}
