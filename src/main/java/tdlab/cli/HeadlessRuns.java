package tdlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.sim.Simulation;
import tdlab.train.RunConfig;

/**
 * Trains runs to their last step without a display, each on its own thread at once (a comparison's runs are
 * independent), and keeps what an export draws: each run's info and recorded frames. Every run is built before any
 * starts, so bad settings are refused before training.
 */
final class HeadlessRuns {
    /** One trained run. */
    record Trained(RunConfig config, RunInfo info, List<Frame> frames) {
    }

    private HeadlessRuns() {
    }

    static List<Trained> train(List<RunConfig> configs) throws InterruptedException {
        List<Simulation> sims = new ArrayList<>();
        try {
            for (RunConfig c : configs) {
                sims.add(new Simulation(c));
            }
            for (int i = 0; i < sims.size(); i++) {
                sims.get(i).start();
                sims.get(i).runTo(configs.get(i).training().steps());
            }
            long total = configs.stream().mapToLong(c -> c.training().steps()).sum();
            for (Simulation s : sims) {
                while (!s.awaitIdle(200)) {
                    progress("training", sims.stream().mapToLong(Simulation::currentStep).sum(), total);
                }
            }
            List<Trained> out = new ArrayList<>();
            for (int i = 0; i < sims.size(); i++) {
                out.add(new Trained(configs.get(i), sims.get(i).info(), sims.get(i).frames()));
            }
            return out;
        } finally {
            sims.forEach(Simulation::close);
        }
    }

    /** "training 120/600" on a terminal (carriage return); silent otherwise. */
    static void progress(String what, long done, long total) {
        if (System.console() != null) {
            System.err.printf(Locale.ROOT, "\r%s %d/%d", what, done, total);
        }
    }
}
