package tdlab.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tdlab.model.TransformerConfig;
import tdlab.preset.PresetReader;
import tdlab.task.MarkovTask;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.TrainingConfig;

/**
 * tools/golden/seed-gpt-markov.json, the lab's side of tools/golden/curve.py, reads and is the seed's default
 * Markov run: the block the golden fixtures pin (at full length), its optimizer, groups and schedule.
 */
class SeedGptPresetTest {

    @Test
    void thePresetIsTheSeedsDefaultMarkovRun() throws Exception {
        RunConfig run = PresetReader.read(Path.of("tools", "golden", "seed-gpt-markov.json")).run();
        JsonNode fixture = GoldenFixture.load("gpt-tied.json").config();
        JsonNode opt = GoldenFixture.load("gpt-tied.json").optimizer();
        assertThat(run.model()).isEqualTo(TransformerConfig.gpt(fixture.get("vocab_size").asInt(),
                fixture.get("n_embd").asInt(), fixture.get("n_head").asInt(), 1024, true));
        assertThat(((TransformerConfig) run.model()).feedForward()).isEqualTo(TransformerConfig.FeedForward.GELU_ERF);
        assertThat(run.task()).isEqualTo(MarkovTask.binary(fixture.get("p").asDouble(), fixture.get("q").asDouble()));
        assertThat(run.init()).isEqualTo(InitConfig.gaussian(0.02));
        TrainingConfig t = run.training();
        assertThat(t.steps()).isEqualTo(opt.get("schedule").get("total_steps").asInt());
        assertThat(t.batchSize()).isEqualTo(16);
        assertThat(t.sequenceLength()).isEqualTo(1024);
        assertThat(t.optimizer()).isEqualTo(new OptimizerConfig(OptimizerConfig.Type.ADAMW, 0,
                opt.get("betas").get(0).asDouble(), opt.get("betas").get(1).asDouble(), opt.get("eps").asDouble()));
        assertThat(t.groups()).isEqualTo(TrainingConfig.decayMatricesOnly(opt.get("lr").asDouble(),
                opt.get("weight_decay").asDouble()));
        assertThat(t.schedule()).isEqualTo(Schedule.referenceOneCycle());
        assertThat(t.clipNorm()).isZero();
        assertThat(t.evalEvery()).as("one metrics row per step: a frame's train_loss averages the steps since the"
                + " last frame, the reference logs each iteration's").isEqualTo(1);
    }
}
