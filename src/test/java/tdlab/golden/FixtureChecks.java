package tdlab.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;
import tdlab.model.TrainableModel;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    private FixtureChecks() {
    }

    static RunConfig preset(String name) {
        try {
            return PresetReader.read(Path.of("presets", name + ".json")).run();
        } catch (PresetException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A preset file as a JSON tree, for a test that resizes it to its fixture before {@link #parse}. */
    static ObjectNode presetTree(String name) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(Path.of("presets", name + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run of a preset tree, read by the lab's own preset reader. */
    static RunConfig parse(ObjectNode preset, String source) {
        try {
            return PresetReader.parse(JSON.writeValueAsString(preset), source).run();
        } catch (IOException | PresetException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Sequences of {@code length} inputs (row b of {@code inputs}) and, after them, the target {@code last(b)}. */
    static Batch batch(ModelFixture.Tensor inputs, int length, IntUnaryOperator last) {
        int size = inputs.shape()[0];
        Batch batch = Batch.allocate(size, length);
        for (int b = 0; b < size; b++) {
            for (int t = 0; t < length; t++) {
                batch.tokens()[batch.offset(b) + t] = inputs.intAt(b, t);
            }
            batch.tokens()[batch.offset(b) + length] = last.applyAsInt(b);
        }
        return batch;
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

    /** torch.optim.AdamW with the reference's β and ε (recorded as "betas" and "eps"). */
    static void assertAdamW(tdlab.train.OptimizerConfig lab, com.fasterxml.jackson.databind.JsonNode reference) {
        assertThat(lab.type()).isEqualTo(tdlab.train.OptimizerConfig.Type.ADAMW);
        assertThat(lab.beta1()).isEqualTo(reference.get("betas").get(0).asDouble());
        assertThat(lab.beta2()).isEqualTo(reference.get("betas").get(1).asDouble());
        assertThat(lab.eps()).isEqualTo(reference.get("eps").asDouble());
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

    /**
     * The whole comparison of one fixture: the lab's loss and every gradient at the fixture's weights and batch,
     * then the preset's three steps through the Trainer, tensor by tensor. {@code toLab} maps a set of the
     * reference's named tensors to the lab's flat parameter array.
     */
    static void assertMatches(ModelFixture f, RunConfig run, Batch batch,
                              Function<Map<String, ModelFixture.Tensor>, double[]> toLab) {
        TrainableModel model = run.model().create(run.backend());
        ParamLayout layout = model.layout();
        double[] start = toLab.apply(f.params());
        double[] grad = new double[start.length];
        double loss = model.lossAndGradient(start, batch, grad);
        assertClose("loss", loss, f.loss(), GRADIENT_TOLERANCE);
        assertTensors("gradient of ", "", layout, grad, toLab.apply(f.grads()), GRADIENT_TOLERANCE);
        List<Result> lab = train(run, batch, start, f.steps().size());
        assertThat(lab).hasSize(3);
        for (int i = 0; i < lab.size(); i++) {
            ModelFixture.Step ref = f.steps().get(i);
            assertClose("loss before step " + (i + 1), lab.get(i).loss(), ref.loss(), STEP_TOLERANCE);
            assertTensors("", " after step " + (i + 1), layout, lab.get(i).params(), toLab.apply(ref.params()),
                    STEP_TOLERANCE);
        }
    }

    private static void assertTensors(String before, String after, ParamLayout layout, double[] actual,
                                      double[] expected, double tol) {
        for (ParamTensor t : layout.tensors()) {
            assertClose(before + t.name() + after, layout.slice(actual, t.name()), layout.slice(expected, t.name()), tol);
        }
    }

    /** One step of the lab: the loss at the weights before it and the weights after it. */
    record Result(double loss, double[] params) {
    }
}
