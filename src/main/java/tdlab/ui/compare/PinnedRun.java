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
    /** The status last read. */
    Simulation.Status status = Simulation.Status.PAUSED;

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

    /** Reads the run's newest frames and status; true when either changed since the last read. */
    boolean poll() {
        List<Frame> now = sim.frames();
        Simulation.Status s = sim.status();
        if (now == frames && s == status) {
            return false;
        }
        frames = now;
        status = s;
        return true;
    }

    /** "A at step 600, finished": where the run is, by its newest frame. */
    String progress() {
        String step = frames.isEmpty() ? "no frame yet" : String.format(java.util.Locale.ROOT, "step %,d",
                frames.get(frames.size() - 1).step());
        return name + " at " + step + ", " + switch (status) {
            case RUNNING -> "training";
            case PAUSED -> "paused";
            case FINISHED -> "finished";
            case DIVERGED -> "diverged";
            case FAILED -> "failed";
            case CLOSED -> "closed";
        };
    }
}
