package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.model.ParamGroup;
import tdlab.model.TransformerConfig;
import tdlab.sim.Runs;
import tdlab.task.ConfigException;
import tdlab.task.MarkovTask;
import tdlab.task.highorder.HighOrderMarkovTask;
import tdlab.train.RunConfig;

class ConfigDraftTest {
    private final RunConfig s2a = Runs.preset("s2a-simple-transformer-standard-init");

    @Test
    void unchangedDraftBuildsTheSameRunAndNeedsNoRestart() {
        ConfigDraft d = new ConfigDraft(s2a);
        assertThat(d.build()).isEqualTo(s2a);
        assertThat(d.needsRestart(s2a)).isFalse();
        d.learningRateProperty(ParamGroup.ATTENTION).set(1e-2); // applied live, not a restart
        assertThat(d.needsRestart(s2a)).isFalse();
    }

    @Test
    void anUntouchedDraftOfEveryShippedPresetIsItsRunExactly() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("presets"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                RunConfig run = tdlab.preset.PresetReader.read(f).run();
                ConfigDraft d = new ConfigDraft(run);
                // the S3 minimal model's heads each span the whole width: the model fields must not rebuild it
                assertThat(d.tryBuild()).as(f.toString() + ": " + d.errorProperty().get()).isEqualTo(run);
                assertThat(d.needsRestart(run)).as(f.toString()).isFalse();
            }
        }
    }

    @Test
    void editingACellRescalesTheRestOfTheRow() {
        ConfigDraft d = new ConfigDraft(s2a.withSeed(3));
        d.setStates(3);
        assertThat(d.setCell(1, 1, "0.5")).isTrue();
        assertThat(d.cell(1, 1)).isEqualTo(0.5);
        assertThat(d.cell(1, 0) + d.cell(1, 2)).isCloseTo(0.5, within(1e-12));
        assertThat(d.cell(1, 0)).isCloseTo(d.cell(1, 2), within(1e-12)); // kept their equal proportions
        assertThat(d.setCell(0, 0, "1")).isTrue();
        assertThat(d.cell(0, 1)).isZero();
        assertThat(d.setCell(0, 2, "0.4")).isTrue(); // proportions kept: all of the rest stays on entry 0
        assertThat(d.cell(0, 0)).isCloseTo(0.6, within(1e-12));
        assertThat(d.cell(0, 1)).isZero();
        assertThat(d.setCell(0, 0, "1")).isTrue();
        assertThat(d.setCell(0, 0, "0.4")).isTrue(); // the others were all zero: spread evenly
        assertThat(d.cell(0, 1)).isCloseTo(0.3, within(1e-12));
        assertThat(d.cell(0, 2)).isCloseTo(0.3, within(1e-12));
        RunConfig c = d.build();
        assertThat(((MarkovTask) c.task()).matrix().get(1, 1)).isEqualTo(0.5);
    }

    @Test
    void invalidCellsAreRecordedWithTheReasonAndBlockTheBuild() {
        ConfigDraft d = new ConfigDraft(s2a);
        double[][] before = d.matrixProperty().get();
        assertThat(d.setCell(0, 1, "abc")).isFalse();
        assertThat(d.cellErrors()).containsEntry("0,1", "\"abc\" is not a number");
        assertThat(d.setCell(1, 0, "-0.2")).isFalse();
        assertThat(d.cellErrors().get("1,0")).contains("[0, 1]");
        assertThat(d.matrixProperty().get()).isSameAs(before);
        assertThatThrownBy(d::build).isInstanceOf(ConfigException.class).hasMessageStartingWith("task.matrix[0][1]");
        assertThat(d.tryBuild()).isNull();
        // the window words it as the editor labels the cell; the exception keeps the path for the CLI
        assertThat(d.errorProperty().get()).isEqualTo("Row 0 → 1: \"abc\" is not a number");
        assertThat(d.setCell(0, 1, "1.5")).isFalse();
        assertThat(d.tryBuild()).isNull();
        assertThat(d.errorProperty().get()).isEqualTo("Row 0 → 1: a probability must be in [0, 1]; 1.5 given");
        assertThat(d.setCell(0, 1, "0.4")).isTrue();
        assertThat(d.setCell(1, 0, "0.3")).isTrue();
        assertThat(d.cellErrors()).isEmpty();
        assertThat(d.tryBuild()).isNotNull();
    }

    @Test
    void shapeChangesNeedARestartAndInvalidShapesAreRefused() {
        ConfigDraft d = new ConfigDraft(s2a);
        d.widthProperty().set(8);
        assertThat(d.needsRestart(s2a)).isTrue();
        assertThat(((TransformerConfig) d.build().model()).embeddingDim()).isEqualTo(8);
        d.headsProperty().set(3);
        assertThat(d.tryBuild()).isNull();
        assertThat(d.errorProperty().get()).startsWith("heads: ");
        d.headsProperty().set(2);
        assertThat(((TransformerConfig) d.build().model()).heads()).isEqualTo(2);
        d.setBinary(0.2, 0.3);
        assertThat(((MarkovTask) d.build().task()).matrix().binaryQ()).isEqualTo(0.3);
    }

    @Test
    void theMinimalModelFollowsAChangeOfVAndSpansAndKeepsTheRest() {
        RunConfig s3b = Runs.preset("s3b-minimal-transformer");
        ConfigDraft d = new ConfigDraft(s3b);
        HighOrderDraft h = d.highOrder();
        assertThat(h.set(HighOrderDraft.Field.VOCAB, "12")).isTrue();
        assertThat(h.set(HighOrderDraft.Field.SPANS, " 2, 1,1 ")).isTrue();
        assertThat(h.text(HighOrderDraft.Field.SPANS)).isEqualTo("2,1,1");
        assertThat(d.needsRestart(s3b)).isTrue();
        RunConfig c = d.build();
        HighOrderMarkovTask task = (HighOrderMarkovTask) c.task();
        assertThat(task.vocab()).isEqualTo(12);
        assertThat(task.spans()).containsExactly(2, 1, 1);
        assertThat(task.length()).isEqualTo(12);
        TransformerConfig before = (TransformerConfig) s3b.model();
        TransformerConfig m = (TransformerConfig) c.model();
        assertThat(m.vocab()).isEqualTo(12);
        assertThat(m.maxLength()).as("w + length − 1 = 4 + 12 − 1").isEqualTo(15);
        assertThat(m.lossFrom()).as("w − 1").isEqualTo(3);
        assertThat(c.training().sequenceLength()).isEqualTo(15);
        assertThat(new TransformerConfig(before.vocab(), before.maxLength(), m.embedding(), m.embeddingDim(),
                m.positional(), m.heads(), m.headDim(), m.keyProjection(), m.outputProjection(), m.residual(),
                m.layerNorm(), m.feedForward(), m.ffMultiplier(), m.output(), m.head(), m.headBias(),
                before.lossFrom())).as("everything else kept").isEqualTo(before);
        assertThat(c.init()).isEqualTo(s3b.init());
        var t = c.training();
        assertThat(new tdlab.train.TrainingConfig(t.steps(), t.batchSize(), 14, t.optimizer(), t.groups(), t.schedule(),
                t.clipNorm(), t.stages(), t.evalEvery(), t.evalSequences())).isEqualTo(s3b.training());
    }

    @Test
    void aRefusedHighOrderFieldIsRecordedInTheFormsWordsAndNeverReachesTheRun() {
        RunConfig s3b = Runs.preset("s3b-minimal-transformer");
        ConfigDraft d = new ConfigDraft(s3b);
        HighOrderDraft h = d.highOrder();
        assertThat(h.set(HighOrderDraft.Field.SPANS, "1,,x")).isFalse();
        assertThat(FieldLabels.message(h.errors().get(HighOrderDraft.Field.SPANS))).isEqualTo("spans: must be whole"
                + " numbers separated by commas, oldest block first (e.g. 1,1,1), got \"1,,x\"");
        assertThat(h.set(HighOrderDraft.Field.SPANS, "1,0,1")).isFalse();
        assertThat(FieldLabels.message(h.errors().get(HighOrderDraft.Field.SPANS))).isEqualTo(
                "spans, block 2 (oldest = 1): must be an integer in [1, 256], got 0");
        assertThat(h.set(HighOrderDraft.Field.VOCAB, "1")).isFalse();
        assertThat(FieldLabels.message(h.errors().get(HighOrderDraft.Field.VOCAB))).startsWith(
                "V (tokens): must be an integer in [2, 512]");
        assertThat(h.set(HighOrderDraft.Field.TEMPERATURE, "0")).isFalse();
        assertThat(FieldLabels.message(h.errors().get(HighOrderDraft.Field.TEMPERATURE))).startsWith(
                "τ: must be in (0, 1000]");
        assertThat(h.task()).isEqualTo(s3b.task());
        assertThatThrownBy(d::build).isInstanceOf(ConfigException.class).hasMessageStartingWith("task.vocab: must be an integer in [2, 512]");
        assertThat(d.tryBuild()).isNull();
        assertThat(d.needsRestart(s3b)).isFalse();
        d.reset(s3b);
        assertThat(h.errors()).isEmpty();
        assertThat(d.build()).isEqualTo(s3b);
    }

    @Test
    void aFiniteTrainingSetTakesNAndOnlineDropsIt() {
        RunConfig s3b = Runs.preset("s3b-minimal-transformer");
        ConfigDraft d = new ConfigDraft(s3b);
        HighOrderDraft h = d.highOrder();
        h.setOnline(false);
        assertThat(h.set(HighOrderDraft.Field.TRAIN_SEQUENCES, "0")).isFalse();
        assertThat(h.errors().get(HighOrderDraft.Field.TRAIN_SEQUENCES).reason()).contains("online");
        assertThat(h.set(HighOrderDraft.Field.TRAIN_SEQUENCES, "600")).isTrue();
        assertThat(((HighOrderMarkovTask) d.build().task()).trainSequences()).isEqualTo(600);
        assertThat(h.text(HighOrderDraft.Field.TRAIN_SEQUENCES)).isEqualTo("600");
        h.setReverseConstants(true);
        assertThat(((HighOrderMarkovTask) d.build().task()).reverseConstants()).isTrue();
        h.setOnline(true);
        assertThat(((HighOrderMarkovTask) d.build().task()).online()).isTrue();
        assertThat(h.text(HighOrderDraft.Field.TRAIN_SEQUENCES)).as("no n while online (the task's 0)").isEmpty();
        assertThat(d.build().model()).as("neither V nor the spans changed").isEqualTo(s3b.model());
    }
}
