package tdlab.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tdlab.preset.Classroom;
import tdlab.preset.LessonStep;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.preset.PresetWriter;
import tdlab.preset.RunSettings;
import tdlab.train.RunConfig;

/**
 * A lesson being written in the app: its steps as editable fields, the sections it locks or hides. Nothing is
 * checked while typing; {@link #build} writes the preset with this classroom and reads it back through the preset
 * reader, so an authored lesson is judged exactly as a file would be, with the same messages. Properties only.
 */
public final class LessonDraft {

    /** One step's fields as the editor shows them. */
    public static final class StepDraft {
        final LongProperty atStep = new SimpleLongProperty();
        final StringProperty note = new SimpleStringProperty("");
        final StringProperty question = new SimpleStringProperty("");
        final StringProperty answer = new SimpleStringProperty("");
        final ObservableList<String> highlight = FXCollections.observableArrayList();
        final ObjectProperty<Map<String, JsonNode>> settings = new SimpleObjectProperty<>(Map.of());

        StepDraft(LessonStep s) {
            atStep.set(s.atStep());
            note.set(s.note());
            question.set(s.question());
            answer.set(s.answer());
            highlight.setAll(s.highlight());
            settings.set(s.settings());
        }

        StepDraft(long at) {
            atStep.set(at);
        }

        LessonStep step() {
            return new LessonStep(atStep.get(), note.get(), question.get(), answer.get(), List.copyOf(highlight),
                    settings.get());
        }

        /** "step 300 · The loss has dropped…", for the step list. */
        String summary() {
            String n = note.get().strip();
            return "step " + atStep.get() + " · " + (n.isEmpty() ? "(no note yet)" : n.length() > 48
                    ? n.substring(0, 47) + "…" : n);
        }
    }

    private final Preset base;
    private final ObservableList<StepDraft> steps = FXCollections.observableArrayList();
    private final Map<String, BooleanProperty> locked = new LinkedHashMap<>();
    private final Map<String, BooleanProperty> hidden = new LinkedHashMap<>();

    /** The lesson of this preset, to edit; its run is where the lesson starts and the steps' settings start from. */
    public LessonDraft(Preset base) {
        this.base = base;
        Classroom c = base.classroom();
        c.steps().forEach(s -> steps.add(new StepDraft(s)));
        for (String control : Classroom.CONTROLS) {
            locked.put(control, new SimpleBooleanProperty(c.isLocked(control)));
            hidden.put(control, new SimpleBooleanProperty(c.isHidden(control)));
        }
    }

    public ObservableList<StepDraft> steps() {
        return steps;
    }

    /** Whether the lesson locks this control (one of {@link Classroom#CONTROLS}). */
    public BooleanProperty lockedProperty(String control) {
        return locked.get(control);
    }

    public BooleanProperty hiddenProperty(String control) {
        return hidden.get(control);
    }

    /** A new step pausing at this run step, after the step at {@code after} (−1: first); its index. */
    public int add(int after, long atStep) {
        int at = Math.max(0, Math.min(steps.size(), after + 1));
        steps.add(at, new StepDraft(atStep));
        return at;
    }

    public void remove(int i) {
        if (i >= 0 && i < steps.size()) {
            steps.remove(i);
        }
    }

    /** Moves a step one place up (−1) or down (+1); its new index. */
    public int move(int i, int by) {
        int j = i + by;
        if (i < 0 || i >= steps.size() || j < 0 || j >= steps.size()) {
            return i;
        }
        StepDraft s = steps.remove(i);
        steps.add(j, s);
        return j;
    }

    /**
     * The settings that take the run, as the lesson leaves it before step {@code i} (the preset's run with the
     * earlier steps' settings), to {@code current}: what the step will apply. Empty when they are the same.
     */
    public void takeSettings(int i, RunConfig current) throws PresetException {
        RunConfig before = base.run();
        for (int k = 0; k < i; k++) {
            before = RunSettings.apply(before, steps.get(k).settings.get());
        }
        steps.get(i).settings.set(RunSettings.difference(before, current));
    }

    /**
     * The current preset (its title, view) as a lesson: the run it had when the editing began, whose later changes
     * are the steps' settings, and this classroom. Checked by writing and reading it back, so that every problem is
     * the reader's, with its field path ({@code classroom.steps[1].settings.init.e0: …}).
     */
    public Preset build(Preset current) throws PresetException {
        List<LessonStep> built = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            try {
                built.add(steps.get(i).step());
            } catch (tdlab.task.ConfigException e) { // the record's own check: name the step as the reader would
                problems.add(e.getMessage().replace("classroom.steps.", "classroom.steps[" + i + "]."));
            }
        }
        if (!problems.isEmpty()) {
            throw new PresetException("the lesson", problems);
        }
        List<String> hiddenNames = new ArrayList<>(base.classroom().hidden().stream()
                .filter(h -> !Classroom.CONTROLS.contains(h)).toList()); // hidden panels stay as they were
        List<String> lockedNames = new ArrayList<>();
        for (String control : Classroom.CONTROLS) {
            if (locked.get(control).get()) {
                lockedNames.add(control);
            }
            if (hidden.get(control).get()) {
                hiddenNames.add(control);
            }
        }
        Classroom c = base.classroom().withRestrictions(lockedNames, hiddenNames).withSteps(built);
        Preset lesson = current.withRun(base.run()).withClassroom(c);
        PresetReader.parse(PresetWriter.toJson(lesson), "the lesson");
        return lesson;
    }
}
