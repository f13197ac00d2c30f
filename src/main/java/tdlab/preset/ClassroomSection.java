package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import tdlab.json.JsonFields;

/**
 * {@code "classroom": {"locked", "hidden", "annotations": [{"panel", "text"}], "steps": [...]}}, optional; the
 * lesson steps are {@link LessonStepsSection}'s.
 */
final class ClassroomSection {
    static final String LOCKED = "locked";
    static final String HIDDEN = "hidden";
    static final String ANNOTATIONS = "annotations";
    static final String PANEL = "panel";
    static final String TEXT = "text";
    static final int MAX_ANNOTATIONS = 32;

    private ClassroomSection() {
    }

    static Classroom read(JsonFields f) {
        List<String> locked = SectionJson.readNames(f, LOCKED, 16);
        List<String> hidden = SectionJson.readNames(f, HIDDEN, 16);
        List<Classroom.Annotation> notes = new ArrayList<>();
        JsonNode n = f.raw(ANNOTATIONS);
        if (n != null && !n.isNull()) {
            if (!n.isArray() || n.size() > MAX_ANNOTATIONS) {
                f.problems().add(f.child(ANNOTATIONS) + ": must be a list of at most " + MAX_ANNOTATIONS + " {"
                        + PANEL + ", " + TEXT + "} notes");
                return null;
            }
            for (int i = 0; i < n.size(); i++) {
                JsonFields a = new JsonFields(n.get(i), f.child(ANNOTATIONS) + "[" + i + "]", f.problems());
                String panel = a.text(PANEL, null, 32);
                String text = a.text(TEXT, null, Classroom.MAX_NOTE);
                a.rejectUnknown();
                if (panel == null || text == null) {
                    return null;
                }
                Classroom.Annotation an = JsonFields.guard(f.problems(), () -> new Classroom.Annotation(panel, text));
                if (an == null) {
                    return null;
                }
                notes.add(an);
            }
        }
        List<LessonStep> steps = LessonStepsSection.read(f);
        f.rejectUnknown();
        if (locked == null || hidden == null || steps == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new Classroom(locked, hidden, notes, steps));
    }

    static void write(Classroom classroom, ObjectNode n) {
        SectionJson.writeNames(n, LOCKED, classroom.locked());
        SectionJson.writeNames(n, HIDDEN, classroom.hidden());
        ArrayNode notes = n.putArray(ANNOTATIONS);
        for (Classroom.Annotation a : classroom.annotations()) {
            ObjectNode note = notes.addObject();
            note.put(PANEL, a.panel());
            note.put(TEXT, a.text());
        }
        LessonStepsSection.write(classroom.steps(), n);
    }
}
