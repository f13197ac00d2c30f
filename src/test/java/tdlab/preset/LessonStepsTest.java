package tdlab.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.train.InitConfig;
import tdlab.train.RunConfig;

/** A guided lesson's steps in a preset: read, written, validated with their paths, and their settings applied. */
class LessonStepsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path LESSON = Path.of("presets", "lesson-unigram-trap.json");

    private static List<String> problems(String json) {
        try {
            PresetReader.parse(json, "test");
            return List.of();
        } catch (PresetException e) {
            return e.problems();
        }
    }

    private static ObjectNode lessonTree() throws Exception {
        return (ObjectNode) MAPPER.readTree(Files.readString(LESSON));
    }

    private static ObjectNode step(ObjectNode root, int i) {
        return (ObjectNode) root.get("classroom").get("steps").get(i);
    }

    @Test
    void theUnigramTrapIsAFiveStepLessonThatRestartsFromTheRecommendedInit() throws Exception {
        Preset p = PresetReader.read(LESSON);
        List<LessonStep> steps = p.classroom().steps();
        assertThat(steps).extracting(LessonStep::atStep).containsExactly(100L, 300L, 1500L, 1500L, 500L);
        assertThat(steps.get(2).hasQuestion()).isTrue();
        assertThat(steps.get(2).answer()).isNotBlank();
        assertThat(steps.get(3).settings()).containsOnlyKeys("init.scheme", "init.e0", "init.w0");
        RunConfig after = RunSettings.apply(p.run(), steps.get(3).settings());
        assertThat(after.init().scheme()).isEqualTo(InitConfig.Scheme.CANONICAL_POINT);
        assertThat(after.init().e0()).isEqualTo(0.5);
        assertThat(after.init().w0()).isEqualTo(-1.0);
        assertThat(after.withInit(p.run().init())).as("nothing else changes").isEqualTo(p.run());
    }

    @Test
    void stepsRoundTripThroughTheWriter(@TempDir Path dir) throws Exception {
        Preset p = PresetReader.read(LESSON);
        Map<String, JsonNode> settings = new LinkedHashMap<>();
        settings.put("training.learning_rate", DoubleNode.valueOf(0.02));
        settings.put("task.initial", TextNode.valueOf("stationary"));
        Preset edited = p.withClassroom(p.classroom().withSteps(List.of(
                new LessonStep(0, "Before anything moves."),
                new LessonStep(40, "Look at the loss.", "What is the dashed line?", "H(π).", List.of("loss", "landscape"),
                        settings))));
        Path f = dir.resolve("lesson.json");
        PresetWriter.write(edited, f);
        Preset back = PresetReader.read(f);
        assertThat(back).isEqualTo(edited);
        assertThat(PresetWriter.toJson(back)).isEqualTo(Files.readString(f));
        // a classroom without steps is written as before (the golden files pin the rest)
        assertThat(PresetWriter.toJson(p.withClassroom(p.classroom().withSteps(List.of())))).doesNotContain("\"at_step\"");
    }

    @Test
    void everyProblemNamesItsStepAndField() throws Exception {
        ObjectNode root = lessonTree();
        step(root, 0).put("at_step", -3);
        step(root, 1).put("note", " ");
        step(root, 1).putArray("highlight").add("clock");
        step(root, 2).put("hint", "?");
        step(root, 4).put("question", "");
        assertThat(problems(root.toString())).containsExactly(
                "classroom.steps[0].at_step: must be an integer in [0, 1000000000], got -3",
                "classroom.steps[1].note: must not be empty",
                "classroom.steps[1].highlight: \"clock\" is not a panel; use " + ViewSettings.PANELS,
                "classroom.steps[2].hint: unknown field (known here: at_step, note, question, answer, highlight,"
                        + " settings)");
        root = lessonTree();
        step(root, 0).put("answer", "an answer to nothing");
        step(root, 1).remove("note");
        assertThat(problems(root.toString())).containsExactly(
                "classroom.steps[0].answer: an answer needs a question",
                "classroom.steps[1].note: is required (text)");
        root = lessonTree();
        root.with("classroom").put("steps", "all of them");
        assertThat(problems(root.toString())).singleElement().asString().startsWith("classroom.steps: must be a list");
    }

    @Test
    void settingsAreValidatedAsTheSameFieldsOfAPresetWithTheStepsPath() throws Exception {
        ObjectNode root = lessonTree();
        ObjectNode s = step(root, 3).with("settings");
        s.put("init.e0", 500);
        s.put("init.radius", 1);
        assertThat(problems(root.toString())).containsExactly(
                "classroom.steps[3].settings.init.e0: must be in [-100.0, 100.0], got 500",
                "classroom.steps[3].settings.init.radius: unknown field (known here: scheme, std, e0, w0, b0, params)");
        root = lessonTree();
        step(root, 3).with("settings").put("view.theme", "dark").put("Init.E0", 1).putNull("seed");
        assertThat(problems(root.toString())).containsExactly(
                "classroom.steps[3].settings.view.theme: not a run setting; a path starts with one of "
                        + RunSettings.RUN_KEYS,
                "classroom.steps[3].settings.Init.E0: not a field path (lower-case names joined by dots, e.g. init.e0, an"
                        + " element as task.spans[1])",
                "classroom.steps[3].settings.seed: a setting needs a value, got null");
        root = lessonTree();
        step(root, 3).with("settings").put("init.e0.x", 1);
        assertThat(problems(root.toString())).singleElement().asString()
                .isEqualTo("classroom.steps[3].settings.init.e0.x: init.e0 is a value, not a section");
    }

    @Test
    void aStepMustBeReachableByTheRunAsItsEarlierStepsLeaveIt() throws Exception {
        ObjectNode root = lessonTree();
        step(root, 3).with("settings").put("training.steps", 400);
        assertThat(problems(root.toString())).containsExactly(
                "classroom.steps[4].at_step: must be at most training.steps = 400, got 500");
        root = lessonTree();
        step(root, 0).put("at_step", 1501);
        assertThat(problems(root.toString())).containsExactly(
                "classroom.steps[0].at_step: must be at most training.steps = 1500, got 1501");
    }

    @Test
    void theDifferenceOfTwoRunsIsTheSettingsThatTurnOneIntoTheOther() throws Exception {
        RunConfig a = PresetReader.read(LESSON).run();
        RunConfig b = a.withInit(new InitConfig(InitConfig.Scheme.CANONICAL_POINT, 0.01, 0.5, -1, 0, List.of()))
                .withSteps(900);
        Map<String, JsonNode> d = RunSettings.difference(a, b);
        assertThat(d).containsOnlyKeys("init.scheme", "init.e0", "init.w0", "training.steps");
        assertThat(RunSettings.apply(a, d)).isEqualTo(b);
        assertThat(RunSettings.difference(a, a)).isEmpty();
        assertThatThrownBy(() -> RunSettings.apply(a, Map.of("training.steps", TextNode.valueOf("many"))))
                .isInstanceOf(PresetException.class);
    }
}
