package tdlab.ui.panels.landscape;

import java.util.Arrays;
import java.util.List;
import tdlab.render.LandscapeImage;
import tdlab.sim.Frame;

/**
 * The run's trajectory up to the shown frame in canvas pixels. A vertex is kept only where it lies a
 * quarter pixel or more from the last one kept: a converged run adds frames without moving, and thousands
 * of coincident vertices would cost stroke time every frame for no visible change. Two trails are equal
 * when they draw the same, so an unchanged trail repaints nothing.
 */
record Trail(double[] xs, double[] ys) {
    static final Trail EMPTY = new Trail(new double[0], new double[0]);

    /** The frames' reduced coordinates up to {@code last} (inclusive) as pixels of {@code t}. */
    static Trail of(List<Frame> frames, int last, LandscapeImage.Transform t) {
        if (frames.isEmpty() || t == null || last < 0) {
            return EMPTY;
        }
        double[] xs = new double[last + 1];
        double[] ys = new double[xs.length];
        int points = 0;
        for (int i = 0; i <= last; i++) {
            var r = frames.get(i).reduced();
            if (r == null) {
                continue;
            }
            double x = t.x(r.w());
            double y = t.y(r.e());
            if (points > 0 && Math.abs(x - xs[points - 1]) < 0.25 && Math.abs(y - ys[points - 1]) < 0.25) {
                continue;
            }
            xs[points] = x;
            ys[points] = y;
            points++;
        }
        return points == 0 ? EMPTY : new Trail(Arrays.copyOf(xs, points), Arrays.copyOf(ys, points));
    }

    int points() {
        return xs.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trail t && Arrays.equals(xs, t.xs) && Arrays.equals(ys, t.ys);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xs) * 31 + Arrays.hashCode(ys);
    }
}
