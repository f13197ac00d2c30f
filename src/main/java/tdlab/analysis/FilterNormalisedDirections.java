package tdlab.analysis;

import java.util.Locale;
import java.util.SplittableRandom;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;

/**
 * Li et al.'s filter-normalised random directions (2018, §4): a Gaussian direction rescaled filter by filter
 * to the norm of the same filter at the centre, so that a step of α = 1 changes every filter by its own
 * size and the picture does not depend on the network's scale invariances. A filter is a row of a matrix
 * (stored [out][in]: one output unit, like a convolution's output channel) or the whole of a vector or a
 * scalar.
 *
 * <p>A filter that is zero at the centre gets a zero direction (a relative step of zero), unless its whole
 * tensor is zero: then every filter of it is scaled to norm 1, so that a bias initialised at 0 and scalar
 * models such as the canonical (e, w, b) still move in the plane.
 */
final class FilterNormalisedDirections {
    /** Draws of δ2 before giving up on finding one that is not parallel to δ1. */
    private static final int MAX_DRAWS = 64;

    private FilterNormalisedDirections() {
    }

    static PlaneDirections of(ParamLayout layout, double[] centre, long seed) {
        if (centre.length != layout.size()) {
            throw new IllegalArgumentException("the layout has " + layout.size() + " parameters, the centre "
                    + centre.length);
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[] first = draw(layout, centre, r);
        // with few scalar filters each draw only picks signs, and two draws can coincide up to sign
        for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
            double[] second = draw(layout, centre, r);
            double n = Vectors.norm(first) * Vectors.norm(second);
            double cos = Vectors.dot(first, second) / n;
            if (n > 0 && Math.abs(cos) <= PlaneDirections.PARALLEL) {
                return new PlaneDirections(first, second, String.format(Locale.ROOT, "filter-normalised random"
                        + " directions (seed %d): each matrix row and each vector scaled to its norm at the centre;"
                        + " %d all-zero tensors at unit scale; %.1f° between the directions", seed,
                        zeroTensors(layout, centre), Math.toDegrees(Math.acos(cos))), Double.NaN);
            }
        }
        throw new IllegalArgumentException("filter normalisation leaves fewer than two directions at this centre:"
                + " its only movable filter is a single scalar");
    }

    private static double[] draw(ParamLayout layout, double[] centre, SplittableRandom r) {
        double[] d = new double[centre.length];
        for (ParamTensor t : layout.tensors()) {
            int filters = filters(t);
            int width = t.size() / filters;
            boolean zeroTensor = norm(centre, t.offset(), t.size()) == 0;
            for (int f = 0; f < filters; f++) {
                int off = t.offset() + f * width;
                for (int k = off; k < off + width; k++) {
                    d[k] = r.nextGaussian();
                }
                double target = zeroTensor ? 1 : norm(centre, off, width);
                double g = norm(d, off, width);
                double s = target == 0 || g == 0 ? 0 : target / g;
                for (int k = off; k < off + width; k++) {
                    d[k] *= s;
                }
            }
        }
        return d;
    }

    /** Rows of a matrix (first index of a higher-rank tensor); one filter for a vector or a scalar. */
    static int filters(ParamTensor t) {
        return t.shape().length >= 2 ? t.shape()[0] : 1;
    }

    static double norm(double[] a, int offset, int length) {
        double s = 0;
        for (int k = offset; k < offset + length; k++) {
            s += a[k] * a[k];
        }
        return Math.sqrt(s);
    }

    private static int zeroTensors(ParamLayout layout, double[] centre) {
        int n = 0;
        for (ParamTensor t : layout.tensors()) {
            if (norm(centre, t.offset(), t.size()) == 0) {
                n++;
            }
        }
        return n;
    }
}
