package tdlab.train;

import tdlab.task.ConfigException;

/**
 * Learning-rate multiplier over the run. ONE_CYCLE follows PyTorch's OneCycleLR with cosine phases:
 * from 1/divFactor up to 1 over the first {@code warmupFraction} of the steps, then down to
 * 1/(divFactor·finalDivFactor). REDUCE_ON_PLATEAU follows PyTorch's ReduceLROnPlateau on the validation loss,
 * measured every {@code every} steps (the trainer keeps its state; {@link #factor} is 1 for it).
 *
 * @param patience checks without improvement tolerated before a reduction (REDUCE_ON_PLATEAU)
 * @param factor   multiplier applied at each reduction, in (0, 1) (REDUCE_ON_PLATEAU)
 * @param every    steps between checks of the validation loss (REDUCE_ON_PLATEAU)
 */
public record Schedule(Type type, double warmupFraction, double divFactor, double finalDivFactor, int patience,
                       double factor, int every) {

    public static final int DEFAULT_PATIENCE = 10;
    public static final double DEFAULT_FACTOR = 0.5;
    public static final int DEFAULT_EVERY = 10;

    public Schedule(Type type, double warmupFraction, double divFactor, double finalDivFactor) {
        this(type, warmupFraction, divFactor, finalDivFactor, DEFAULT_PATIENCE, DEFAULT_FACTOR, DEFAULT_EVERY);
    }

    public Schedule {
        ConfigException.require(type != null, "training.schedule.type", "is required; one of "
                + java.util.Arrays.toString(Type.values()));
        if (type == Type.ONE_CYCLE) {
            ConfigException.require(warmupFraction > 0 && warmupFraction < 1, "training.schedule.warmup_fraction",
                    "must be in (0, 1), got " + warmupFraction);
            ConfigException.require(divFactor >= 1 && divFactor <= 1e6, "training.schedule.div_factor",
                    "must be in [1, 1e6], got " + divFactor);
            ConfigException.require(finalDivFactor > 0 && finalDivFactor <= 1e6, "training.schedule.final_div_factor",
                    "must be in (0, 1e6], got " + finalDivFactor);
        }
        if (type == Type.REDUCE_ON_PLATEAU) {
            ConfigException.requireRange(patience, 0, 1_000_000, "training.schedule.patience");
            ConfigException.require(factor > 0 && factor < 1, "training.schedule.factor",
                    "must be in (0, 1), got " + factor);
            ConfigException.requireRange(every, 1, TrainingConfig.MAX_STEPS, "training.schedule.every");
        }
    }

    /** ReduceLROnPlateau with these settings. */
    public static Schedule reduceOnPlateau(int patience, double factor, int every) {
        return new Schedule(Type.REDUCE_ON_PLATEAU, 0.02, 1, 1, patience, factor, every);
    }

    public static Schedule constant() {
        return new Schedule(Type.CONSTANT, 0.02, 1, 1);
    }

    /** The reference code's schedule: 2% warm-up, div 100, final div 0.05 (ends at 0.2 of the peak). */
    public static Schedule referenceOneCycle() {
        return new Schedule(Type.ONE_CYCLE, 0.02, 100, 0.05);
    }

    /** Multiplier of the peak learning rate at optimizer step {@code step} (0-based) of {@code total}. */
    public double factor(long step, long total) {
        if (type == Type.CONSTANT || type == Type.REDUCE_ON_PLATEAU) {
            return 1;
        }
        double start = 1 / divFactor;
        double end = start / finalDivFactor;
        double warmupEnd = warmupFraction * total - 1;
        double last = total - 1;
        if (step <= warmupEnd) {
            return cosine(start, 1, warmupEnd <= 0 ? 1 : step / warmupEnd);
        }
        double span = last - warmupEnd;
        return cosine(1, end, span <= 0 ? 1 : Math.min(1, (step - warmupEnd) / span));
    }

    private static double cosine(double from, double to, double pct) {
        return to + (from - to) / 2 * (Math.cos(Math.PI * pct) + 1);
    }

    public enum Type {
        CONSTANT, ONE_CYCLE, REDUCE_ON_PLATEAU
    }
}
