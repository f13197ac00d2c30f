package tdlab.preset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import tdlab.model.CanonicalConfig;
import tdlab.model.ParamGroup;
import tdlab.model.TransformerConfig;
import tdlab.family.Families;
import tdlab.train.GroupSettings;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.Stage;
import tdlab.train.TrainingConfig;

/** Writes a {@link Preset} as explicit version-1 JSON that {@link PresetReader} reads back to an equal run. */
public final class PresetWriter {
    public static final String APP_VERSION = "0.1.0";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PresetWriter() {
    }

    public static String toJson(Preset preset) {
        try {
            return MAPPER.writeValueAsString(tree(preset)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a preset", e);
        }
    }

    /** Writes atomically: a temporary file in the same folder, then a rename over the target. */
    public static void write(Preset preset, Path file) throws IOException {
        AtomicFiles.write(file, toJson(preset));
    }

    /** The preset as a JSON tree (the run record embeds it). */
    public static ObjectNode tree(Preset preset) {
        RunConfig run = preset.run();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Preset.FORMAT);
        root.put("version", Preset.FORMAT_VERSION);
        root.put("app_version", APP_VERSION);
        root.put("name", run.name());
        root.put("title", preset.title());
        root.put("scenario", preset.scenario());
        root.put("description", preset.description());
        Families.of(run.task()).write(root.putObject("task"));
        root.set("model", model(run));
        root.put("backend", key(run.backend()));
        root.set("init", init(run.init()));
        root.set("training", training(run.training()));
        root.put("seed", run.seed());
        root.put("probe_length", run.probeLength());
        ObjectNode view = root.putObject("view");
        view.put("palette", preset.view().palette());
        view.put("theme", preset.view().theme());
        ArrayNode panels = view.putArray("panels");
        preset.view().panels().forEach(panels::add);
        view.put("timeline_step", preset.view().timelineStep());
        ObjectNode room = root.putObject("classroom");
        ArrayNode locked = room.putArray("locked");
        preset.classroom().locked().forEach(locked::add);
        ArrayNode hidden = room.putArray("hidden");
        preset.classroom().hidden().forEach(hidden::add);
        ArrayNode notes = room.putArray("annotations");
        for (Classroom.Annotation a : preset.classroom().annotations()) {
            ObjectNode n = notes.addObject();
            n.put("panel", a.panel());
            n.put("text", a.text());
        }
        return root;
    }

    private static ObjectNode model(RunConfig run) {
        ObjectNode n = MAPPER.createObjectNode();
        if (run.model() instanceof CanonicalConfig) {
            n.put("type", "canonical");
            return n;
        }
        TransformerConfig t = (TransformerConfig) run.model();
        n.put("type", "transformer");
        n.put("vocab", t.vocab());
        n.put("max_length", t.maxLength());
        n.put("embedding", key(t.embedding()));
        n.put("embedding_dim", t.embeddingDim());
        n.put("positional", key(t.positional()));
        n.put("heads", t.heads());
        n.put("head_dim", t.headDim());
        n.put("key_projection", t.keyProjection());
        n.put("output_projection", t.outputProjection());
        n.put("residual", t.residual());
        n.put("layer_norm", t.layerNorm());
        n.put("feed_forward", key(t.feedForward()));
        n.put("ff_multiplier", t.ffMultiplier());
        n.put("output", key(t.output()));
        n.put("head", key(t.head()));
        n.put("head_bias", t.headBias());
        n.put("loss_from", t.lossFrom());
        return n;
    }

    private static ObjectNode init(InitConfig init) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("scheme", key(init.scheme()));
        n.put("std", init.std());
        n.put("e0", init.e0());
        n.put("w0", init.w0());
        n.put("b0", init.b0());
        return n;
    }

    private static ObjectNode training(TrainingConfig t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("steps", t.steps());
        n.put("batch_size", t.batchSize());
        n.put("sequence_length", t.sequenceLength());
        OptimizerConfig o = t.optimizer();
        ObjectNode opt = n.putObject("optimizer");
        opt.put("type", key(o.type()));
        opt.put("momentum", o.momentum());
        opt.put("beta1", o.beta1());
        opt.put("beta2", o.beta2());
        opt.put("eps", o.eps());
        n.put("learning_rate", t.group(ParamGroup.ATTENTION).learningRate());
        ObjectNode lrs = n.putObject("group_learning_rates");
        ObjectNode wds = n.putObject("group_weight_decay");
        ArrayNode frozen = n.putArray("frozen");
        for (ParamGroup g : ParamGroup.values()) {
            GroupSettings s = t.group(g);
            lrs.put(g.key(), s.learningRate());
            wds.put(g.key(), s.weightDecay());
            if (s.frozen()) {
                frozen.add(g.key());
            }
        }
        Schedule s = t.schedule();
        ObjectNode sch = n.putObject("schedule");
        sch.put("type", key(s.type()));
        sch.put("warmup_fraction", s.warmupFraction());
        sch.put("div_factor", s.divFactor());
        sch.put("final_div_factor", s.finalDivFactor());
        n.put("clip_norm", t.clipNorm());
        ArrayNode stages = n.putArray("stages");
        for (Stage st : t.stages()) {
            ObjectNode sn = stages.addObject();
            sn.put("steps", st.steps());
            ArrayNode tr = sn.putArray("trainable");
            for (ParamGroup g : ParamGroup.values()) {
                if (st.trainable().contains(g)) {
                    tr.add(g.key());
                }
            }
        }
        n.put("eval_every", t.evalEvery());
        n.put("eval_sequences", t.evalSequences());
        return n;
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
