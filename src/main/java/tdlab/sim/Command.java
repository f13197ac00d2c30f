package tdlab.sim;

import tdlab.model.ParamGroup;

/** Requests to a {@link Simulation}, applied by its training thread between steps. */
sealed interface Command {
    record Play() implements Command {
    }

    record Pause() implements Command {
    }

    record StepBy(int steps) implements Command {
    }

    record RunTo(long step) implements Command {
    }

    record SetLearningRate(ParamGroup group, double learningRate) implements Command {
    }

    record SetSpeedLimit(double stepsPerSecond) implements Command {
    }

    record Reset() implements Command {
    }

    record Branch(long step) implements Command {
    }

    /** A new run that starts as this one was at {@code step}, built by this run's thread (which owns the timeline). */
    record Fork(long step, tdlab.train.RunConfig config, int threads,
                java.util.concurrent.CompletableFuture<Simulation> result) implements Command {
    }

    record Close() implements Command {
    }
}
