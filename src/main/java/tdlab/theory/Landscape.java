package tdlab.theory;

/**
 * The canonical model's energy landscape sampled on a regular grid over a viewport of the (w, e) plane:
 * the height L(e, w, b*(e, w)), the conserved energy E(e, w) and the gradient field −∇L at b = b*. Plain
 * arrays, computed in one pass (200×200 in a few milliseconds), so the UI can recompute it off the FX
 * thread whenever p or q changes and the renderer and exporters can draw it.
 *
 * @param theory  the chain's canonical theory
 * @param view    the viewport
 * @param n       grid points per axis
 * @param loss    loss[j][i] at w_i, e_j (j = 0 at the bottom, e = eMin)
 * @param energy  E(e_j, w_i) (NaN at w = 0)
 * @param gradW   −∂L/∂w at b* (the flow's w-velocity)
 * @param gradE   −∂L/∂e at b*
 * @param minLoss the lowest height on the grid
 * @param p90Loss the 90th percentile of the heights (a colour scale's top that a few extreme cells do not wash out)
 */
public record Landscape(CanonicalTheory theory, Viewport view, int n, double[][] loss, double[][] energy,
                        double[][] gradW, double[][] gradE, double minLoss, double p90Loss) {

    /** The rectangle [wMin, wMax] × [eMin, eMax] of the (w, e) plane; w horizontal, e vertical. */
    public record Viewport(double wMin, double wMax, double eMin, double eMax) {
        public static final Viewport DEFAULT = new Viewport(-3, 3, -3, 3);

        public double w(int i, int n) {
            return wMin + (wMax - wMin) * i / (n - 1.0);
        }

        public double e(int j, int n) {
            return eMin + (eMax - eMin) * j / (n - 1.0);
        }
    }

    public static Landscape compute(CanonicalTheory theory, Viewport view, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("grid needs at least 2 points per axis, got " + n);
        }
        double[][] loss = new double[n][n];
        double[][] energy = new double[n][n];
        double[][] gw = new double[n][n];
        double[][] ge = new double[n][n];
        for (int j = 0; j < n; j++) {
            double e = view.e(j, n);
            for (int i = 0; i < n; i++) {
                double w = view.w(i, n);
                double b = theory.optimalBias(e, w);
                loss[j][i] = theory.loss(e, w, b);
                energy[j][i] = w == 0 ? Double.NaN : CanonicalTheory.energy(e, w);
                double[] g = theory.gradient(e, w, b);
                ge[j][i] = -g[0];
                gw[j][i] = -g[1];
            }
        }
        double[] all = new double[n * n];
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            System.arraycopy(loss[j], 0, all, j * n, n);
            for (double v : loss[j]) {
                min = Math.min(min, v);
            }
        }
        double p90 = select(all, (int) (0.9 * (all.length - 1)));
        return new Landscape(theory, view, n, loss, energy, gw, ge, min, p90);
    }

    /** The k-th smallest value (0-based) of {@code a}, reordering it: Hoare's selection, linear on average. */
    static double select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }
}
