package tdlab.preset;

import java.util.List;
import tdlab.task.ConfigException;

/**
 * What a teacher fixes for a class: controls locked (visible, not editable) or hidden, short notes pinned to
 * panels, and the steps of a guided lesson.
 *
 * @param locked      sidebar sections or the transport bar that cannot be changed
 * @param hidden      sidebar sections, the transport bar or panels that are not shown
 * @param annotations notes pinned to panels
 * @param steps       a guided lesson's stops, in the order they are shown (empty: no guided lesson)
 */
public record Classroom(List<String> locked, List<String> hidden, List<Annotation> annotations,
                        List<LessonStep> steps) {
    public static final List<String> CONTROLS = List.of("data", "model", "initialization", "training", "transport");
    public static final Classroom NONE = new Classroom(List.of(), List.of(), List.of());
    public static final int MAX_NOTE = 500;
    public static final int MAX_STEPS = 64;

    /** A note pinned to a panel. */
    public record Annotation(String panel, String text) {
        public Annotation {
            ConfigException.require(ViewSettings.PANELS.contains(panel), "classroom.annotations.panel",
                    "\"" + panel + "\" is not a panel; use " + ViewSettings.PANELS);
            ConfigException.require(text != null && !text.isBlank() && text.length() <= MAX_NOTE,
                    "classroom.annotations.text", "must be 1 to " + MAX_NOTE + " characters");
        }
    }

    public Classroom {
        locked = List.copyOf(locked);
        hidden = List.copyOf(hidden);
        annotations = List.copyOf(annotations);
        steps = List.copyOf(steps);
        ConfigException.require(steps.size() <= MAX_STEPS, "classroom.steps", "at most " + MAX_STEPS + " steps");
        for (String l : locked) {
            ConfigException.require(CONTROLS.contains(l), "classroom.locked", "\"" + l + "\" cannot be locked; use "
                    + CONTROLS);
        }
        for (String h : hidden) {
            ConfigException.require(CONTROLS.contains(h) || ViewSettings.PANELS.contains(h), "classroom.hidden",
                    "\"" + h + "\" cannot be hidden; use " + CONTROLS + " or " + ViewSettings.PANELS);
        }
    }

    /** Without a guided lesson. */
    public Classroom(List<String> locked, List<String> hidden, List<Annotation> annotations) {
        this(locked, hidden, annotations, List.of());
    }

    /** The same restrictions and notes with these lesson steps. */
    public Classroom withSteps(List<LessonStep> newSteps) {
        return new Classroom(locked, hidden, annotations, newSteps);
    }

    /** The same notes and steps with these locked and hidden controls. */
    public Classroom withRestrictions(List<String> newLocked, List<String> newHidden) {
        return new Classroom(newLocked, newHidden, annotations, steps);
    }

    public boolean isLocked(String control) {
        return locked.contains(control);
    }

    public boolean isHidden(String name) {
        return hidden.contains(name);
    }
}
