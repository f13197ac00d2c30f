package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.preset.LessonStep;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.train.InitConfig;
import tdlab.train.RunConfig;

/** The lesson editor's view model without a window: steps added, moved, removed, settings taken from the run. */
class LessonDraftTest {

    private static Preset lesson() throws Exception {
        return PresetReader.read(Path.of("presets", "lesson-unigram-trap.json"));
    }

    @Test
    void anUneditedDraftBuildsTheSameLesson() throws Exception {
        Preset p = lesson();
        assertThat(new LessonDraft(p).build(p)).isEqualTo(p);
    }

    @Test
    void stepsAreAddedAfterTheSelectedOneMovedAndRemoved() throws Exception {
        Preset p = lesson();
        LessonDraft d = new LessonDraft(p);
        int i = d.add(0, 150);
        assertThat(i).isEqualTo(1);
        d.steps().get(i).note.set("Between the first two.");
        assertThat(d.move(i, -1)).isZero();
        assertThat(d.move(0, -1)).as("the first cannot move up").isZero();
        d.remove(4);
        List<LessonStep> built = d.build(p).classroom().steps();
        assertThat(built).extracting(LessonStep::atStep).containsExactly(150L, 100L, 300L, 1500L, 500L);
        assertThat(built.get(0).note()).isEqualTo("Between the first two.");
        assertThat(built.get(3).settings()).as("the settings step was the one removed").isEmpty();
    }

    @Test
    void theRunsChangesSinceTheStepBeforeBecomeTheStepsSettings() throws Exception {
        Preset p = lesson();
        LessonDraft d = new LessonDraft(p);
        RunConfig moved = p.run().withInit(new InitConfig(InitConfig.Scheme.CANONICAL_POINT, 0.01, 0.5, -1, 0));
        d.takeSettings(4, moved); // after step 4, which already restarts from (0.5, −1)
        assertThat(d.steps().get(4).settings.get()).isEmpty();
        RunConfig further = p.run().withInit(new InitConfig(InitConfig.Scheme.CANONICAL_POINT, 0.01, 0.25, -1.5, 0));
        d.takeSettings(4, further);
        assertThat(d.steps().get(4).settings.get()).containsOnlyKeys("init.e0", "init.w0");
        Preset built = d.build(p);
        assertThat(built.run()).as("the lesson starts where it did").isEqualTo(p.run());
        assertThat(built.classroom().steps().get(4).settings().get("init.e0").doubleValue()).isEqualTo(0.25);
    }

    @Test
    void problemsAreTheReadersWithTheirPaths() throws Exception {
        Preset p = lesson();
        LessonDraft d = new LessonDraft(p);
        d.steps().get(1).note.set("");
        d.steps().get(2).atStep.set(99_999);
        assertThatThrownBy(() -> d.build(p)).isInstanceOfSatisfying(PresetException.class, e -> assertThat(e.problems())
                .containsExactly("classroom.steps[1].note: must be 1 to 2000 characters"));
        d.steps().get(1).note.set("Back.");
        assertThatThrownBy(() -> d.build(p)).isInstanceOfSatisfying(PresetException.class, e -> assertThat(e.problems())
                .containsExactly("classroom.steps[2].at_step: must be at most training.steps = 1500, got 99999"));
        d.lockedProperty("data").set(true);
        d.hiddenProperty("training").set(true);
        d.steps().get(2).atStep.set(1500);
        assertThat(d.build(p).classroom().locked()).containsExactly("data", "model", "training");
        assertThat(d.build(p).classroom().hidden()).containsExactly("phase", "training");
    }
}
