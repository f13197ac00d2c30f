package tdlab.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.task.Batch;
import tdlab.train.Checkpoint;
import tdlab.train.RunConfig;
import tdlab.train.StepResult;
import tdlab.train.Trainer;

/** What every model fixture test does: compare within a tolerance, and step the lab's Trainer on the fixture. */
final class FixtureChecks {
    /** The tolerances: loss and gradients, and the weights after three steps. */
    static final double GRADIENT_TOLERANCE = 1e-6;
    static final double STEP_TOLERANCE = 1e-5;
    /**
     * An entry below this fraction of its tensor's largest is held to the tolerance relative to that fraction
     * (a gradient entry of exactly 0, or 1e-12 beside 1, has no meaningful relative error of its own).
     */
    static final double FLOOR = 1e-3;

    private FixtureChecks() {
    }

    static RunConfig preset(String name) {
        try {
            return PresetReader.read(Path.of("presets", name + ".json")).run();
        } catch (PresetException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Entry by entry: |actual − expected| ≤ tol · max(|expected|, FLOOR · max |expected|). */
    static void assertClose(String what, double[] actual, double[] expected, double tol) {
        assertThat(actual).as(what + " size").hasSameSizeAs(expected);
        double largest = 0;
        for (double e : expected) {
            largest = Math.max(largest, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            double scale = Math.max(Math.abs(expected[i]), FLOOR * largest);
            double err = Math.abs(actual[i] - expected[i]);
            assertThat(err <= tol * scale)
                    .as("%s[%d]: lab %s, reference %s (relative error %.3g > %.0e)", what, i, actual[i], expected[i],
                            scale > 0 ? err / scale : err, tol)
                    .isTrue();
        }
    }

    /** The reference's rate at each of its steps ("lr": [step 1, 2, 3]) is the lab's configured rate: no schedule. */
    static void assertConstantRate(com.fasterxml.jackson.databind.JsonNode perStep, double rate) {
        assertThat(perStep.size()).isEqualTo(3);
        perStep.forEach(lr -> assertThat(lr.asDouble()).isEqualTo(rate));
    }

    static void assertClose(String what, double actual, double expected, double tol) {
        assertClose(what, new double[] {actual}, new double[] {expected}, tol);
    }

    /**
     * Runs {@code steps} optimizer steps of the preset's run through the lab's Trainer (its optimizer, schedule,
     * group rates and clipping), starting from {@code start} and training on {@code batch} at every step.
     */
    static List<Result> train(RunConfig preset, Batch batch, double[] start, int steps) {
        Trainer trainer = new Trainer(preset.withTask(new FixedBatchTask(preset.task(), batch)));
        Checkpoint fresh = trainer.checkpoint();
        trainer.restore(new Checkpoint(0, start, fresh.optimizer(), fresh.groups(), fresh.plateau()), false);
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            StepResult r = trainer.step();
            assertThat(r.diverged()).as("step %d diverged", i + 1).isNull();
            out.add(new Result(r.trainLoss(), trainer.params()));
        }
        return out;
    }

    /** One step of the lab: the loss at the weights before it and the weights after it. */
    record Result(double loss, double[] params) {
    }
}
