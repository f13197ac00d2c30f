package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import tdlab.json.JsonFields;
import tdlab.model.ParamGroup;
import tdlab.train.GroupSettings;
import tdlab.train.OptimizerConfig;
import tdlab.train.Schedule;
import tdlab.train.Stage;
import tdlab.train.TrainingConfig;

/**
 * {@code "training": {...}}: sizes, optimizer ({@link OptimizerSection}), learning rate and weight decay
 * with their per-group overrides and frozen groups ({@link GroupFields}), schedule ({@link ScheduleSection}),
 * clipping, stages ({@link StagesSection}) and evaluation. {@code learning_rate}, {@code weight_decay} and
 * {@code decay} are read only: the writer writes every group's settings instead.
 */
final class TrainingSection {
    static final String STEPS = "steps";
    static final String BATCH_SIZE = "batch_size";
    static final String SEQUENCE_LENGTH = "sequence_length";
    static final String OPTIMIZER = "optimizer";
    static final String LEARNING_RATE = "learning_rate";
    static final String WEIGHT_DECAY = "weight_decay";
    static final String DECAY = "decay";
    static final String GROUP_LEARNING_RATES = "group_learning_rates";
    static final String GROUP_WEIGHT_DECAY = "group_weight_decay";
    static final String FROZEN = "frozen";
    static final String SCHEDULE = "schedule";
    static final String CLIP_NORM = "clip_norm";
    static final String STAGES = "stages";
    static final String EVAL_EVERY = "eval_every";
    static final String EVAL_SEQUENCES = "eval_sequences";
    /** Optional, written only when set: the machine's default is no setting of the run's. */
    static final String THREADS = "threads";
    /** Optional, written only when exact: every older file descends the sampled loss. */
    static final String GRADIENT = "gradient";
    /** Optional, written only when some tensor has its own decay. */
    static final String TENSOR_WEIGHT_DECAY = "tensor_weight_decay";

    /** Which groups the global weight decay applies to. */
    enum Decay {
        ALL,
        /** Attention, feed-forward and untied head matrices only, as the reference code. */
        MATRICES
    }

    /**
     * The section read: the configuration (null when invalid) and the sequence length, which the model
     * section defaults its length to (0 when invalid).
     */
    record Parts(TrainingConfig config, int sequenceLength) {
    }

    private TrainingSection() {
    }

    static Parts read(JsonFields f) {
        Integer steps = f.integer(STEPS, null, 1, TrainingConfig.MAX_STEPS);
        Integer batch = f.integer(BATCH_SIZE, null, 1, 65_536);
        Integer length = f.integer(SEQUENCE_LENGTH, null, 1, 65_536);
        OptimizerConfig optimizer = OptimizerSection.read(f.object(OPTIMIZER, true));
        Double lr = f.number(LEARNING_RATE, null, 0, GroupSettings.MAX_LEARNING_RATE);
        Double wd = f.number(WEIGHT_DECAY, 0.0, 0, 1);
        Decay decay = f.choice(DECAY, Decay.class, Decay.ALL);
        Map<ParamGroup, Double> groupLr = GroupFields.readNumbers(f.object(GROUP_LEARNING_RATES, false), 0,
                GroupSettings.MAX_LEARNING_RATE);
        Map<ParamGroup, Double> groupWd = GroupFields.readNumbers(f.object(GROUP_WEIGHT_DECAY, false), 0, 1);
        EnumSet<ParamGroup> frozen = GroupFields.readList(f, FROZEN);
        Schedule schedule = ScheduleSection.read(f.object(SCHEDULE, false));
        Double clip = f.number(CLIP_NORM, 0.0, 0, 1e6);
        List<Stage> stages = StagesSection.read(f, STAGES);
        Integer evalEvery = f.integer(EVAL_EVERY, 10, 1, TrainingConfig.MAX_STEPS);
        Integer evalSequences = f.integer(EVAL_SEQUENCES, 64, 1, 1_000_000);
        Integer threads = f.integer(THREADS, 0, 0, TrainingConfig.MAX_THREADS);
        TrainingConfig.Gradient gradient = f.choice(GRADIENT, TrainingConfig.Gradient.class,
                TrainingConfig.Gradient.SAMPLED);
        Map<String, Double> tensorDecay = tensorDecay(f.object(TENSOR_WEIGHT_DECAY, false));
        f.rejectUnknown();
        if (steps == null || batch == null || length == null || optimizer == null || lr == null || frozen == null
                || schedule == null || stages == null || threads == null || gradient == null || tensorDecay == null) {
            return new Parts(null, length == null ? 0 : length);
        }
        EnumMap<ParamGroup, GroupSettings> groups = new EnumMap<>(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            boolean decayed = decay == Decay.ALL || g == ParamGroup.ATTENTION || g == ParamGroup.FEED_FORWARD
                    || g == ParamGroup.HEAD;
            double groupDecay = groupWd.getOrDefault(g, decayed ? wd : 0.0);
            GroupSettings s = JsonFields.guard(f.problems(), () -> new GroupSettings(groupLr.getOrDefault(g, lr),
                    groupDecay, frozen.contains(g)));
            if (s == null) {
                return new Parts(null, length);
            }
            groups.put(g, s);
        }
        TrainingConfig cfg = JsonFields.guard(f.problems(), () -> new TrainingConfig(steps, batch, length, optimizer,
                groups, schedule, clip, stages, evalEvery, evalSequences, threads, gradient, tensorDecay));
        return new Parts(cfg, length);
    }

    /** Tensor name → decay in [0, 1]; null when a value has a problem (recorded). The names are checked by the run. */
    private static Map<String, Double> tensorDecay(JsonFields f) {
        Map<String, Double> out = new java.util.TreeMap<>();
        JsonNode node = f.node();
        if (node == null) {
            return out;
        }
        int before = f.problems().size();
        for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            Double v = f.number(name, null, 0, 1);
            if (v != null) {
                out.put(name, v);
            }
        }
        return f.problems().size() == before ? out : null;
    }

    static void write(TrainingConfig t, ObjectNode n) {
        n.put(STEPS, t.steps());
        n.put(BATCH_SIZE, t.batchSize());
        n.put(SEQUENCE_LENGTH, t.sequenceLength());
        OptimizerSection.write(t.optimizer(), n.putObject(OPTIMIZER));
        n.put(LEARNING_RATE, t.group(ParamGroup.ATTENTION).learningRate());
        GroupFields.writeNumbers(n.putObject(GROUP_LEARNING_RATES), g -> t.group(g).learningRate());
        GroupFields.writeNumbers(n.putObject(GROUP_WEIGHT_DECAY), g -> t.group(g).weightDecay());
        EnumSet<ParamGroup> frozen = EnumSet.noneOf(ParamGroup.class);
        for (ParamGroup g : ParamGroup.values()) {
            if (t.group(g).frozen()) {
                frozen.add(g);
            }
        }
        GroupFields.writeList(n, FROZEN, frozen);
        ScheduleSection.write(t.schedule(), n.putObject(SCHEDULE));
        n.put(CLIP_NORM, t.clipNorm());
        StagesSection.write(t.stages(), n.putArray(STAGES));
        n.put(EVAL_EVERY, t.evalEvery());
        n.put(EVAL_SEQUENCES, t.evalSequences());
        if (t.threads() > 0) {
            n.put(THREADS, t.threads());
        }
        if (!t.tensorWeightDecay().isEmpty()) {
            ObjectNode d = n.putObject(TENSOR_WEIGHT_DECAY);
            t.tensorWeightDecay().forEach(d::put);
        }
        if (t.gradient() != TrainingConfig.Gradient.SAMPLED) {
            n.put(GRADIENT, t.gradient().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
