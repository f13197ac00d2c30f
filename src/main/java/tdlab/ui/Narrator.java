package tdlab.ui;

import java.util.Locale;
import tdlab.sim.Frame;
import tdlab.sim.Minimum;
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
        // the exact population loss where the theory has one; else the validation loss, whose sampling noise
        // is measured against the same set's own bigram loss
        boolean exact = Double.isFinite(f.exactLoss());
        double loss = exact ? f.exactLoss() : f.valLoss();
        s.append(String.format(Locale.ROOT, " · %s %.4f", exact ? "loss" : "validation loss", loss));
        double gap = exact ? loss - info.entropyRate() : f.valLoss() - info.sampleBigram();
        s.append(String.format(Locale.ROOT, " · %.4f %s the entropy rate %.4f", Math.abs(gap),
                gap >= 0 ? "above" : "below", info.entropyRate()));
        if (!exact) {
            s.append(" (on this validation set)");
        }
        switch (Minimum.classify(f.valLoss(), info)) {
            case GLOBAL -> s.append(" · at the global minimum (the true transition law)");
            case LOCAL -> s.append(" · on the unigram plateau H(π) = ").append(
                    String.format(Locale.ROOT, "%.4f", info.unigramLoss())).append(": the model ignores its input");
            default -> s.append(f.valLoss() > info.unigramLoss() ? " · above the unigram loss, still fitting the"
                    + " marginal law" : " · between the unigram loss and the entropy rate, heading to the global"
                    + " minimum");
        }
        return s.toString();
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
