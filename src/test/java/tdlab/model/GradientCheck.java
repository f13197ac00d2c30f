package tdlab.model;

import java.util.SplittableRandom;
import tdlab.task.Batch;

/** Central finite differences against a model's analytic gradient. */
public final class GradientCheck {
    private GradientCheck() {
    }

    /** Random parameters N(0, std²), with LayerNorm gains around 1 so the normalisation is exercised. */
    public static double[] randomParams(ParamLayout layout, long seed, double std) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] p = new double[layout.size()];
        for (ParamTensor t : layout.tensors()) {
            for (int i = t.offset(); i < t.end(); i++) {
                double g = tdlab.train.Initializer.gaussian(r) * std;
                p[i] = t.group() == ParamGroup.NORM ? 1 + g : g;
            }
        }
        return p;
    }

    public static Batch randomBatch(int vocab, int size, int length, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Batch b = Batch.allocate(size, length);
        for (int i = 0; i < b.tokens().length; i++) {
            b.tokens()[i] = r.nextInt(vocab);
        }
        return b;
    }

    /**
     * Largest error over all coordinates of |analytic − numeric| / max(1e-4, |analytic| + |numeric|),
     * with the name of the worst tensor.
     */
    public static Result check(TrainableModel model, double[] params, Batch batch) {
        double[] grad = new double[params.length];
        model.lossAndGradient(params, batch, grad);
        double h = 1e-5;
        double worst = 0;
        String where = "";
        for (ParamTensor t : model.layout().tensors()) {
            for (int i = t.offset(); i < t.end(); i++) {
                double keep = params[i];
                params[i] = keep + h;
                double up = model.loss(params, batch);
                params[i] = keep - h;
                double down = model.loss(params, batch);
                params[i] = keep;
                double numeric = (up - down) / (2 * h);
                double err = Math.abs(grad[i] - numeric) / Math.max(1e-4, Math.abs(grad[i]) + Math.abs(numeric));
                if (err > worst) {
                    worst = err;
                    where = t.name() + "[" + (i - t.offset()) + "] analytic " + grad[i] + " numeric " + numeric;
                }
            }
        }
        return new Result(worst, where);
    }

    public record Result(double maxRelativeError, String worst) {
    }
}
