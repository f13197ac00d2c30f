package tdlab.sweep;

import tdlab.task.ConfigException;

/**
 * A grid of runs: over (p, q) of a binary chain, or over the canonical start point (w0, e0). Cell (i, j)
 * sits at the centre x_i = xMin + (i + ½)(xMax − xMin)/n, y_j likewise, so a (p, q) grid never touches the
 * degenerate edges p, q ∈ {0, 1}.
 *
 * @param mode  what the axes are
 * @param n     cells per axis
 * @param xMin  p (PQ) or w0 (INIT) range
 * @param yMin  q (PQ) or e0 (INIT) range
 * @param steps training steps per cell
 */
public record SweepSpec(Mode mode, int n, double xMin, double xMax, double yMin, double yMax, int steps) {

    public enum Mode {
        /** x = p = P(1|0), y = q = P(0|1), the preset's initialisation. */
        PQ,
        /** x = w0, y = e0 of the canonical start point (rank-one embedding for the simple transformer), the preset's chain. */
        INIT
    }

    public SweepSpec {
        ConfigException.require(mode != null, "sweep.mode", "is required: pq or init");
        ConfigException.requireRange(n, 1, 400, "sweep.grid");
        ConfigException.requireRange(steps, 1, 10_000_000, "sweep.steps");
        ConfigException.require(xMin < xMax, "sweep.x_range", "needs min < max, got " + xMin + ":" + xMax);
        ConfigException.require(yMin < yMax, "sweep.y_range", "needs min < max, got " + yMin + ":" + yMax);
        if (mode == Mode.PQ) {
            ConfigException.require(xMin >= 0 && xMax <= 1, "sweep.x_range", "p must stay in [0, 1], got " + xMin
                    + ":" + xMax);
            ConfigException.require(yMin >= 0 && yMax <= 1, "sweep.y_range", "q must stay in [0, 1], got " + yMin
                    + ":" + yMax);
        }
    }

    public static SweepSpec pq(int n, int steps) {
        return new SweepSpec(Mode.PQ, n, 0, 1, 0, 1, steps);
    }

    public static SweepSpec init(int n, int steps) {
        return new SweepSpec(Mode.INIT, n, -2.5, 2.5, -2.5, 2.5, steps);
    }

    public double x(int i) {
        return xMin + (i + 0.5) * (xMax - xMin) / n;
    }

    public double y(int j) {
        return yMin + (j + 0.5) * (yMax - yMin) / n;
    }

    public int cells() {
        return n * n;
    }

    public String xName() {
        return mode == Mode.PQ ? "p" : "w0";
    }

    public String yName() {
        return mode == Mode.PQ ? "q" : "e0";
    }
}
