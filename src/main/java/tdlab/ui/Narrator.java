package tdlab.ui;

import java.util.Locale;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.sim.Simulation;

/** The status bar's sentence: the state of the run in words, readable without the charts. */
final class Narrator {
    private Narrator() {
    }

    static String describe(Frame f, RunInfo info, Simulation.Status status, long step, String divergence) {
        if (divergence != null) {
            return String.format(Locale.ROOT, "Diverged at step %,d: %s. Lower the learning rate or roll back.", step,
                    divergence);
        }
        if (f == null || info == null) {
            return "Starting…";
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s · step %,d", state(status), step));
        if (f.step() != step) {
            s.append(String.format(Locale.ROOT, " (showing step %,d)", f.step()));
        }
        return s.append(info.theory().narrate(f.valLoss(), f.exactLoss())).toString();
    }

    private static String state(Simulation.Status s) {
        return switch (s) {
            case RUNNING -> "Training";
            case FINISHED -> "Finished";
            case PAUSED -> "Paused";
            case DIVERGED -> "Diverged";
            case FAILED -> "Failed";
            case CLOSED -> "Closed";
        };
    }
}
