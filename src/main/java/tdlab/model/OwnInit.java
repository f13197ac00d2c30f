package tdlab.model;

import java.util.SplittableRandom;

/**
 * A model family's own start, for models whose parameters must start in a set the generic schemes cannot hit
 * (a distribution on the simplex); {@code init.scheme} {@code model_default} selects it.
 */
@FunctionalInterface
public interface OwnInit {

    /** Fills {@code p}, laid out by {@code layout} and all zero on entry, from {@code random} alone. */
    void fill(ParamLayout layout, SplittableRandom random, double[] p);
}
