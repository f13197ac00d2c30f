package tdlab.ui.compare;

import java.util.List;
import tdlab.sim.Frame;
import tdlab.sim.Simulation;
import tdlab.train.RunConfig;

/**
 * A run held beside the live one: its letter, the name a preset's comparison gave it (null for a run the user
 * pinned), its settings and its own {@link Simulation}, which the comparison closes. Only the FX thread touches it.
 */
final class PinnedRun {
    final String name;
    final String presetName;
    final RunConfig config;
    final Simulation sim;
    /** The frames last read, so a poll notices new ones by reference. */
    List<Frame> frames = List.of();

    PinnedRun(String name, String presetName, RunConfig config, Simulation sim) {
        this.name = name;
        this.presetName = presetName;
        this.config = config;
        this.sim = sim;
    }

    /** Whether the run can still take commands (a failed or closed one refuses them). */
    boolean alive() {
        Simulation.Status s = sim.status();
        return s != Simulation.Status.FAILED && s != Simulation.Status.CLOSED;
    }

    /** Reads the run's newest frames; true when they changed since the last read. */
    boolean poll() {
        List<Frame> now = sim.frames();
        if (now == frames) {
            return false;
        }
        frames = now;
        return true;
    }
}
