package tdlab.preset;

import tdlab.family.classes.RateGrid;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tdlab.json.JsonFields;
import tdlab.model.ModelSpec;
import tdlab.task.ConfigException;
import tdlab.task.TaskSpec;
import tdlab.train.InitConfig;
import tdlab.train.RunConfig;

/**
 * Reads preset JSON (format version 1) into a validated {@link Preset}. Every problem is collected with
 * the path of its field (e.g. {@code training.optimizer.momentum}); nothing partial is ever returned. Each
 * section reads its own keys ({@link TopSection}, {@link TaskSections}, {@link TrainingSection},
 * {@link ModelSections}, {@link InitSection}, {@link ViewSection}, {@link ClassroomSection}, {@link SweepSection}, and
 * {@link RunRecord} for a saved run); this class parses the file and walks them.
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

    /** A preset already parsed to a tree (a run with settings applied): null with the problems recorded. */
    static Preset readTree(JsonNode root, List<String> problems) {
        try {
            return read(new JsonFields(root, "", problems));
        } catch (ConfigException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    /** Walks the sections in the order of format version 1; null when there is any problem. */
    private static Preset read(JsonFields top) {
        List<String> problems = top.problems();
        String format = TopSection.readFormat(top);
        if (RunRecord.FORMAT.equals(format)) { // a saved run reloads as its preset
            JsonFields inner = RunRecord.readWrapper(top);
            return problems.isEmpty() ? read(inner) : null;
        }
        TopSection.Head head = TopSection.readHead(top, format);
        if (head == null) {
            return null;
        }
        TaskSpec task = TaskSections.read(top.object(TopSection.TASK, true));
        TrainingSection.Parts training = TrainingSection.read(top.object(TopSection.TRAINING, true));
        ModelSpec model = ModelSections.read(top.object(TopSection.MODEL, true),
                ModelSection.Defaults.of(task, training.sequenceLength()));
        InitConfig init = InitSection.read(top.object(TopSection.INIT, true));
        Integer probe = TopSection.readProbeLength(top);
        ViewSettings view = ViewSection.read(top.object(TopSection.VIEW, false));
        Classroom classroom = ClassroomSection.read(top.object(TopSection.CLASSROOM, false));
        boolean swept = top.has(TopSection.SWEEP);
        JsonFields sweepFields = top.object(TopSection.SWEEP, false); // known even where absent
        RateGrid sweep = swept ? SweepSection.read(sweepFields) : null;
        boolean compared = top.has(TopSection.COMPARE);
        JsonNode compareNode = top.raw(TopSection.COMPARE); // known even where absent
        List<Variant> variants = compared ? CompareSection.read(compareNode, top.child(TopSection.COMPARE), problems)
                : List.of();
        top.rejectUnknown();
        if (!problems.isEmpty() || task == null || model == null || init == null || training.config() == null
                || probe == null || head.name() == null) {
            return null;
        }
        RunConfig run = JsonFields.guard(problems, () -> {
            tdlab.family.Families.Bound<?> family = tdlab.family.Families.of(task);
            family.checkModel(model);
            ConfigException.require(training.config().gradient() != tdlab.train.TrainingConfig.Gradient.EXACT
                    || family.exactLoss(model) != null, "training.gradient", "exact: the exact population loss is"
                    + " known for the canonical model on a binary chain (0 < p, q < 1) started from its stationary"
                    + " law; this run has none (use sampled)");
            RunConfig built = new RunConfig(head.name(), task, model, head.backend(), init, training.config(),
                    head.seed(), probe);
            tdlab.train.Trainer.checkTensorNames(built);
            return built;
        });
        if (run != null && classroom != null) {
            checkLessonSteps(run, classroom.steps(), problems);
        }
        if (run == null || view == null || classroom == null || (swept && sweep == null) || variants == null
                || !problems.isEmpty()) {
            return null;
        }
        Preset preset = new Preset(head.title(), head.description(), head.scenario(), run, view, classroom,
                swept ? sweep : null, variants);
        try {
            Comparisons.variants(preset); // every override validated now, with its path, not when it is run
        } catch (PresetException e) {
            problems.addAll(e.problems());
            return null;
        }
        return preset;
    }

    /**
     * The run as the lesson leaves it at each step must reach that step's {@code at_step} (where the step is shown,
     * before its settings restart the run), and each step's settings, applied in order as playing the lesson
     * applies them, must make a valid run.
     */
    private static void checkLessonSteps(RunConfig run, List<LessonStep> steps, List<String> problems) {
        RunConfig at = run;
        for (int i = 0; i < steps.size() && at != null; i++) {
            LessonStep s = steps.get(i);
            String path = TopSection.CLASSROOM + "." + LessonStepsSection.STEPS + "[" + i + "].";
            if (s.atStep() > at.training().steps()) {
                problems.add(path + LessonStepsSection.AT_STEP + ": must be at most training.steps = "
                        + at.training().steps() + ", got " + s.atStep());
            }
            at = RunSettings.apply(at, s.settings(), path + LessonStepsSection.SETTINGS + ".", problems);
        }
    }
}
