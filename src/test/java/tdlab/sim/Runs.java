package tdlab.sim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.train.RunConfig;

/** Test helper: loads shipped presets and runs them through a Simulation to the end. */
public final class Runs {
    private Runs() {
    }

    public static RunConfig preset(String name) {
        try {
            return PresetReader.read(Path.of("presets", name + ".json")).run();
        } catch (PresetException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Every frame of a complete run. */
    public static Result run(RunConfig cfg) {
        List<Frame> frames = new ArrayList<>();
        try (Simulation sim = new Simulation(cfg)) {
            sim.addListener(frames::add);
            sim.start();
            sim.runTo(cfg.training().steps());
            while (!sim.awaitIdle(60_000)) {
                Thread.onSpinWait();
            }
            if (sim.failure() != null) {
                throw new AssertionError("training failed", sim.failure());
            }
            return new Result(sim.info(), frames, sim.status());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public record Result(RunInfo info, List<Frame> frames, Simulation.Status status) {
        public Frame last() {
            return frames.get(frames.size() - 1);
        }

        /** The chain's references (runs of the Markov family). */
        public tdlab.family.markov.ChainReferences chain() {
            return (tdlab.family.markov.ChainReferences) info.theory();
        }
    }
}
