package tdlab.preset;

import java.util.List;
import tdlab.task.ConfigException;

/**
 * What a teacher fixes for a class: controls locked (visible, not editable) or hidden, and short notes
 * pinned to panels.
 *
 * @param locked      sidebar sections or the transport bar that cannot be changed
 * @param hidden      sidebar sections, the transport bar or panels that are not shown
 * @param annotations notes pinned to panels
 */
public record Classroom(List<String> locked, List<String> hidden, List<Annotation> annotations) {
    public static final List<String> CONTROLS = List.of("data", "model", "initialization", "training", "transport");
    public static final Classroom NONE = new Classroom(List.of(), List.of(), List.of());
    public static final int MAX_NOTE = 500;

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
        for (String l : locked) {
            ConfigException.require(CONTROLS.contains(l), "classroom.locked", "\"" + l + "\" cannot be locked; use "
                    + CONTROLS);
        }
        for (String h : hidden) {
            ConfigException.require(CONTROLS.contains(h) || ViewSettings.PANELS.contains(h), "classroom.hidden",
                    "\"" + h + "\" cannot be hidden; use " + CONTROLS + " or " + ViewSettings.PANELS);
        }
    }

    public boolean isLocked(String control) {
        return locked.contains(control);
    }

    public boolean isHidden(String name) {
        return hidden.contains(name);
    }
}
