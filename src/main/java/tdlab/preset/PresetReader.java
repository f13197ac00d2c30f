package tdlab.preset;

import tdlab.json.JsonFields;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import tdlab.model.Backend;
import tdlab.model.CanonicalConfig;
import tdlab.model.ModelSpec;
import tdlab.model.ParamGroup;
import tdlab.model.TransformerConfig;
import tdlab.task.ConfigException;
import tdlab.family.Families;
import tdlab.family.TaskFamily;
import tdlab.task.MarkovTask;
import tdlab.task.TaskSpec;
import tdlab.train.GroupSettings;
import tdlab.train.InitConfig;
import tdlab.train.OptimizerConfig;
import tdlab.train.RunConfig;
import tdlab.train.Schedule;
import tdlab.train.Stage;
import tdlab.train.TrainingConfig;

/**
 * Reads preset JSON (format version 1) into a validated {@link Preset}. Every problem is collected with
 * the path of its field (e.g. {@code training.optimizer.momentum}); nothing partial is ever returned.
 */
public final class PresetReader {
    public static final long MAX_BYTES = 4L << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PresetReader() {
    }

    public static Preset read(Path file) throws PresetException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PresetException(file.toString(), List.of("the file is " + size + " bytes; presets are at most "
                        + MAX_BYTES));
            }
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new PresetException(file.toString(), List.of("cannot read the file: " + e.getMessage()));
        }
    }

    public static Preset parse(String json, String source) throws PresetException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new PresetException(source, List.of("not valid JSON" + where + ": " + e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new PresetException(source, List.of("the file is empty"));
        }
        List<String> problems = new ArrayList<>();
        Preset preset = null;
        try {
            preset = read(new JsonFields(root, "", problems));
        } catch (ConfigException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty() || preset == null) {
            throw new PresetException(source, problems.isEmpty() ? List.of("invalid preset") : problems);
        }
        return preset;
    }

    private static Preset read(JsonFields top) {
        List<String> problems = top.problems();
        String format = top.text("format", Preset.FORMAT, 64);
        if (RunRecord.FORMAT.equals(format)) { // a saved run reloads as its preset
            JsonFields record = top;
            record.integer("version", null, 1, RunRecord.VERSION);
            record.raw("metrics");
            record.raw("summary");
            JsonFields inner = record.object("preset", true);
            record.rejectUnknown();
            return problems.isEmpty() ? read(inner) : null;
        }
        if (!Preset.FORMAT.equals(format)) {
            problems.add("format: must be \"" + Preset.FORMAT + "\" (or \"" + RunRecord.FORMAT + "\"), got \""
                    + format + "\"");
        }
        Integer version = top.integer("version", null, 1, Integer.MAX_VALUE);
        if (version != null && version > Preset.FORMAT_VERSION) {
            problems.add("version: the file was written by a newer Transformer Dynamics Lab (format version " + version
                    + "); this build reads version " + Preset.FORMAT_VERSION + ". Update the app to open it.");
            return null; // fields of a newer format are not ours to judge
        }
        String name = top.text("name", null, 200);
        String title = top.text("title", name, 200);
        String description = top.text("description", "", 20_000);
        String scenario = top.text("scenario", "", 32);
        top.text("app_version", "", 64);
        Long seed = top.longValue("seed", 0L);
        Backend backend = top.choice("backend", Backend.class, Backend.AUTO);
        TaskSpec task = task(top.object("task", true));
        TrainingParts training = training(top.object("training", true));
        ModelSpec model = model(top.object("model", true), task, training);
        InitConfig init = init(top.object("init", true));
        Integer probe = top.integer("probe_length", null, 1, 256);
        ViewSettings view = view(top.object("view", false));
        Classroom classroom = classroom(top.object("classroom", false));
        top.rejectUnknown();
        if (!problems.isEmpty() || task == null || model == null || init == null || training.config == null
                || probe == null || name == null) {
            return null;
        }
        RunConfig run = guard(problems, () -> new RunConfig(name, task, model, backend, init, training.config, seed,
                probe));
        return run == null || view == null || classroom == null ? null
                : new Preset(title, description, scenario, run, view, classroom);
    }

    private static ViewSettings view(JsonFields f) {
        ViewSettings d = ViewSettings.DEFAULT;
        String palette = f.text("palette", d.palette(), 32);
        String theme = f.text("theme", d.theme(), 16);
        List<String> panels = textList(f, "panels", 16);
        Long step = f.longValue("timeline_step", -1L);
        f.rejectUnknown();
        if (palette == null || theme == null || panels == null || step == null) {
            return null;
        }
        return guard(f.problems(), () -> new ViewSettings(palette, theme, panels, step));
    }

    private static Classroom classroom(JsonFields f) {
        List<String> locked = textList(f, "locked", 16);
        List<String> hidden = textList(f, "hidden", 16);
        List<Classroom.Annotation> notes = new ArrayList<>();
        JsonNode n = f.raw("annotations");
        if (n != null && !n.isNull()) {
            if (!n.isArray() || n.size() > 32) {
                f.problems().add(f.child("annotations") + ": must be a list of at most 32 {panel, text} notes");
                return null;
            }
            for (int i = 0; i < n.size(); i++) {
                JsonFields a = new JsonFields(n.get(i), f.child("annotations") + "[" + i + "]", f.problems());
                String panel = a.text("panel", null, 32);
                String text = a.text("text", null, Classroom.MAX_NOTE);
                a.rejectUnknown();
                if (panel == null || text == null) {
                    return null;
                }
                Classroom.Annotation an = guard(f.problems(), () -> new Classroom.Annotation(panel, text));
                if (an == null) {
                    return null;
                }
                notes.add(an);
            }
        }
        f.rejectUnknown();
        if (locked == null || hidden == null) {
            return null;
        }
        return guard(f.problems(), () -> new Classroom(locked, hidden, notes));
    }

    /** A list of short strings, or null (with a problem) if it is not one. */
    private static List<String> textList(JsonFields f, String name, int max) {
        JsonNode n = f.raw(name);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray() || n.size() > max) {
            f.problems().add(f.child(name) + ": must be a list of at most " + max + " names");
            return null;
        }
        for (JsonNode v : n) {
            if (!v.isTextual() || v.textValue().length() > 64) {
                f.problems().add(f.child(name) + ": " + JsonFields.kind(v) + " is not a name");
                return null;
            }
            out.add(v.textValue());
        }
        return out;
    }

    /** The task section, read by the family that {@code task.type} names. */
    private static TaskSpec task(JsonFields f) {
        String type = f.text("type", MarkovTask.TYPE, 32);
        if (type == null) {
            return null;
        }
        java.util.Optional<TaskFamily<?>> family = Families.byType(type);
        if (family.isEmpty()) {
            f.problems().add(f.child("type") + ": unknown task type \"" + type + "\"; this build knows "
                    + String.join(", ", Families.types()));
            return null;
        }
        return family.get().section().read(f);
    }

    private record TrainingParts(TrainingConfig config, int sequenceLength) {
    }

    private static TrainingParts training(JsonFields f) {
        Integer steps = f.integer("steps", null, 1, TrainingConfig.MAX_STEPS);
        Integer batch = f.integer("batch_size", null, 1, 65_536);
        Integer length = f.integer("sequence_length", null, 1, 65_536);
        OptimizerConfig optimizer = optimizer(f.object("optimizer", true));
        Double lr = f.number("learning_rate", null, 0, GroupSettings.MAX_LEARNING_RATE);
        Double wd = f.number("weight_decay", 0.0, 0, 1);
        Decay decay = f.choice("decay", Decay.class, Decay.ALL);
        Map<ParamGroup, Double> groupLr = groupNumbers(f.object("group_learning_rates", false), 0,
                GroupSettings.MAX_LEARNING_RATE);
        Map<ParamGroup, Double> groupWd = groupNumbers(f.object("group_weight_decay", false), 0, 1);
        EnumSet<ParamGroup> frozen = groupList(f, "frozen");
        Schedule schedule = schedule(f.object("schedule", false));
        Double clip = f.number("clip_norm", 0.0, 0, 1e6);
        List<Stage> stages = stages(f);
        Integer evalEvery = f.integer("eval_every", 10, 1, TrainingConfig.MAX_STEPS);
        Integer evalSequences = f.integer("eval_sequences", 64, 1, 1_000_000);
        f.rejectUnknown();
        if (steps == null || batch == null || length == null || optimizer == null || lr == null || schedule == null
                || stages == null) {
            return new TrainingParts(null, length == null ? 0 : length);
        }
        EnumMap<ParamGroup, GroupSettings> groups = new EnumMap<>(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            boolean decayed = decay == Decay.ALL || g == ParamGroup.ATTENTION || g == ParamGroup.FEED_FORWARD
                    || g == ParamGroup.HEAD;
            double groupDecay = groupWd.getOrDefault(g, decayed ? wd : 0.0);
            GroupSettings s = guard(f.problems(), () -> new GroupSettings(groupLr.getOrDefault(g, lr), groupDecay,
                    frozen.contains(g)));
            if (s == null) {
                return new TrainingParts(null, length);
            }
            groups.put(g, s);
        }
        TrainingConfig cfg = guard(f.problems(), () -> new TrainingConfig(steps, batch, length, optimizer, groups,
                schedule, clip, stages, evalEvery, evalSequences));
        return new TrainingParts(cfg, length);
    }

    /** Which groups the global weight decay applies to. */
    enum Decay {
        ALL,
        /** Attention, feed-forward and untied head matrices only, as the reference code. */
        MATRICES
    }

    private static OptimizerConfig optimizer(JsonFields f) {
        OptimizerConfig.Type type = f.choice("type", OptimizerConfig.Type.class, null);
        Double momentum = f.number("momentum", 0.0, 0, 0.9999);
        Double beta1 = f.number("beta1", 0.9, 0, 0.9999);
        Double beta2 = f.number("beta2", 0.999, 0, 0.99999);
        Double eps = f.number("eps", 1e-8, 1e-300, 1);
        f.rejectUnknown();
        if (type == null || momentum == null || beta1 == null || beta2 == null || eps == null) {
            return null;
        }
        return guard(f.problems(), () -> new OptimizerConfig(type, momentum, beta1, beta2, eps));
    }

    private static Schedule schedule(JsonFields f) {
        Schedule.Type type = f.choice("type", Schedule.Type.class, Schedule.Type.CONSTANT);
        Double warm = f.number("warmup_fraction", 0.02, 0, 1);
        Double div = f.number("div_factor", 100.0, 1, 1e6);
        Double fin = f.number("final_div_factor", 0.05, 1e-12, 1e6);
        f.rejectUnknown();
        if (type == null || warm == null || div == null || fin == null) {
            return null;
        }
        return guard(f.problems(), () -> new Schedule(type, warm, div, fin));
    }

    private static List<Stage> stages(JsonFields f) {
        JsonNode n = f.raw("stages");
        List<Stage> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray() || n.size() > 64) {
            f.problems().add(f.child("stages") + ": must be a list of at most 64 stages");
            return null;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonFields s = new JsonFields(n.get(i), f.child("stages") + "[" + i + "]", f.problems());
            Integer steps = s.integer("steps", null, 1, TrainingConfig.MAX_STEPS);
            EnumSet<ParamGroup> trainable = groupList(s, "trainable");
            s.rejectUnknown();
            if (steps == null || trainable == null) {
                return null;
            }
            Stage st = guard(f.problems(), () -> new Stage(steps, trainable));
            if (st == null) {
                return null;
            }
            out.add(st);
        }
        return out;
    }

    private static Map<ParamGroup, Double> groupNumbers(JsonFields f, double min, double max) {
        EnumMap<ParamGroup, Double> out = new EnumMap<>(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            if (f.has(g.key())) {
                Double v = f.number(g.key(), null, min, max);
                if (v != null) {
                    out.put(g, v);
                }
            }
        }
        f.rejectUnknown();
        return out;
    }

    private static EnumSet<ParamGroup> groupList(JsonFields f, String name) {
        EnumSet<ParamGroup> out = EnumSet.noneOf(ParamGroup.class);
        JsonNode n = f.raw(name);
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            f.problems().add(f.child(name) + ": must be a list of groups (" + JsonFields.allowed(ParamGroup.class) + ")");
            return null;
        }
        for (JsonNode g : n) {
            ParamGroup match = null;
            for (ParamGroup pg : ParamGroup.values()) {
                if (g.isTextual() && pg.key().equalsIgnoreCase(g.textValue())) {
                    match = pg;
                }
            }
            if (match == null) {
                f.problems().add(f.child(name) + ": " + JsonFields.kind(g) + " is not a parameter group; use "
                        + JsonFields.allowed(ParamGroup.class));
                return null;
            }
            out.add(match);
        }
        return out;
    }

    private static ModelSpec model(JsonFields f, TaskSpec task, TrainingParts training) {
        String type = f.text("type", null, 32);
        if (type == null) {
            return null;
        }
        if (type.equals("canonical")) {
            f.rejectUnknown();
            return new CanonicalConfig();
        }
        if (!type.equals("transformer")) {
            f.problems().add(f.child("type") + ": must be \"canonical\" or \"transformer\", got \"" + type + "\"");
            return null;
        }
        String base = f.text("base", "none", 16);
        int vocabDefault = task == null ? 2 : task.vocab();
        int lengthDefault = Math.max(1, training.sequenceLength);
        TransformerConfig d = switch (base) {
            case "simple" -> TransformerConfig.simple(4, lengthDefault);
            case "gpt" -> TransformerConfig.gpt(vocabDefault, 8, 1, lengthDefault, true);
            case "none" -> null;
            default -> {
                f.problems().add(f.child("base") + ": must be \"simple\", \"gpt\" or \"none\", got \"" + base + "\"");
                yield null;
            }
        };
        boolean hasBase = d != null;
        Integer vocab = f.integer("vocab", vocabDefault, 2, 4096);
        Integer maxLength = f.integer("max_length", lengthDefault, 1, TransformerConfig.MAX_LENGTH);
        TransformerConfig.Embedding emb = f.choice("embedding", TransformerConfig.Embedding.class,
                hasBase ? d.embedding() : null);
        Integer dim = f.integer("embedding_dim", hasBase ? d.embeddingDim() : 0, 0, TransformerConfig.MAX_WIDTH);
        TransformerConfig.Positional pos = f.choice("positional", TransformerConfig.Positional.class,
                hasBase ? d.positional() : null);
        Integer heads = f.integer("heads", hasBase ? d.heads() : 1, 1, 64);
        Integer defaultHeadDim = dim != null && heads != null && heads > 0 ? dim / heads : 0;
        Integer headDim = f.integer("head_dim", defaultHeadDim, 0, TransformerConfig.MAX_WIDTH);
        Boolean keyProj = f.bool("key_projection", hasBase ? d.keyProjection() : null);
        Boolean outProj = f.bool("output_projection", hasBase ? d.outputProjection() : null);
        Boolean residual = f.bool("residual", hasBase ? d.residual() : null);
        Boolean ln = f.bool("layer_norm", hasBase ? d.layerNorm() : null);
        TransformerConfig.FeedForward ff = f.choice("feed_forward", TransformerConfig.FeedForward.class,
                hasBase ? d.feedForward() : null);
        Integer ffMult = f.integer("ff_multiplier", hasBase ? d.ffMultiplier() : 4, 0, 64);
        TransformerConfig.Output out = f.choice("output", TransformerConfig.Output.class, hasBase ? d.output() : null);
        TransformerConfig.Head head = f.choice("head", TransformerConfig.Head.class, hasBase ? d.head() : null);
        Boolean bias = f.bool("head_bias", hasBase ? d.headBias() : null);
        Integer lossFrom = f.integer("loss_from", 0, 0, TransformerConfig.MAX_LENGTH);
        f.rejectUnknown();
        if (vocab == null || maxLength == null || emb == null || dim == null || pos == null || heads == null
                || headDim == null || keyProj == null || outProj == null || residual == null || ln == null
                || ff == null || ffMult == null || out == null || head == null || bias == null || lossFrom == null) {
            return null;
        }
        int mult = ff == TransformerConfig.FeedForward.NONE ? 0 : ffMult;
        return guard(f.problems(), () -> new TransformerConfig(vocab, maxLength, emb, dim, pos, heads, headDim, keyProj,
                outProj, residual, ln, ff, mult, out, head, bias, lossFrom));
    }

    private static InitConfig init(JsonFields f) {
        InitConfig.Scheme scheme = f.choice("scheme", InitConfig.Scheme.class, null);
        Double std = f.number("std", InitConfig.DEFAULT_STD, 0, 10);
        Double e0 = f.number("e0", 0.0, -100, 100);
        Double w0 = f.number("w0", 0.0, -100, 100);
        Double b0 = f.number("b0", 0.0, -100, 100);
        f.rejectUnknown();
        if (scheme == null || std == null || e0 == null || w0 == null || b0 == null) {
            return null;
        }
        return guard(f.problems(), () -> new InitConfig(scheme, std, e0, w0, b0));
    }

    /** Runs a constructor that validates, turning its ConfigException into a recorded problem. */
    private static <T> T guard(List<String> problems, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            return null;
        }
    }
}
