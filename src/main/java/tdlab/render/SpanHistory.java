package tdlab.render;

import java.util.List;
import java.util.Map;
import tdlab.family.highorder.LadderKeys;
import tdlab.sim.Frame;

/**
 * The span masses of the recorded frames as arrays (head × block × frame), read once from the frames' series so
 * that the spans heatmaps and the stage boundaries do not look up string keys per pixel. Blocks are 0-based here
 * (0 = the oldest lag block, {@code blocks() − 1} = the newest); frames without the high-order family's series
 * give no heads. Blocks are counted from the masses themselves, so S3a's flow (masses, no KL ladder) shows too.
 */
public final class SpanHistory {
    private final long[] steps;
    private final double[][][] mass;
    private final int blocks;

    private SpanHistory(long[] steps, double[][][] mass, int blocks) {
        this.steps = steps;
        this.mass = mass;
        this.blocks = blocks;
    }

    /** Frames 0..upTo (clamped to the list). */
    public static SpanHistory of(List<Frame> frames, int upTo) {
        int n = Math.max(0, Math.min(frames.size(), upTo + 1));
        Map<String, Double> first = n == 0 ? Map.of() : frames.get(0).series();
        int heads = LadderKeys.heads(first);
        int blocks = LadderKeys.massBlocks(first);
        String[][] keys = new String[heads][blocks];
        for (int j = 0; j < heads; j++) {
            for (int k = 0; k < blocks; k++) {
                keys[j][k] = LadderKeys.mass(j, k);
            }
        }
        long[] steps = new long[n];
        double[][][] mass = new double[heads][blocks][n];
        for (int i = 0; i < n; i++) {
            Frame f = frames.get(i);
            steps[i] = f.step();
            for (int j = 0; j < heads; j++) {
                for (int k = 0; k < blocks; k++) {
                    mass[j][k][i] = f.series().getOrDefault(keys[j][k], Double.NaN);
                }
            }
        }
        return new SpanHistory(steps, mass, blocks);
    }

    /** For tests and hand-made histories: mass[head][block][frame] at the given steps. */
    public static SpanHistory of(long[] steps, double[][][] mass) {
        return new SpanHistory(steps.clone(), mass, mass.length == 0 ? 0 : mass[0].length);
    }

    public int heads() {
        return mass.length;
    }

    public int blocks() {
        return blocks;
    }

    public int frames() {
        return steps.length;
    }

    public long step(int frame) {
        return steps[frame];
    }

    public double mass(int head, int block, int frame) {
        return mass[head][block][frame];
    }

    /** The block (0-based) holding most of the head's mass at this frame, the newest on a tie; −1 if none is finite. */
    public int top(int head, int frame) {
        int best = -1;
        for (int k = 0; k < blocks; k++) {
            double m = mass[head][k][frame];
            if (m == m && (best < 0 || m >= mass[head][best][frame])) { // m == m: not NaN
                best = k;
            }
        }
        return best;
    }
}
