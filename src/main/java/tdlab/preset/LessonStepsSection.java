package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.json.JsonFields;

/**
 * {@code "classroom": {"steps": [{"at_step", "note", "question", "answer", "highlight", "settings"}]}}, optional.
 * The settings' paths are checked for shape here; whether their values make a valid run is {@link RunSettings}'
 * question, asked by the reader once the run is known.
 */
final class LessonStepsSection {
    static final String STEPS = "steps";
    static final String AT_STEP = "at_step";
    static final String NOTE = "note";
    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    static final String HIGHLIGHT = "highlight";
    static final String SETTINGS = "settings";
    static final int MAX_SETTINGS = 32;

    private LessonStepsSection() {
    }

    /** The steps (empty when absent), or null with the problems recorded. */
    static List<LessonStep> read(JsonFields classroom) {
        JsonNode n = classroom.raw(STEPS);
        List<LessonStep> steps = new ArrayList<>();
        if (n == null || n.isNull()) {
            return steps;
        }
        String path = classroom.child(STEPS);
        if (!n.isArray() || n.size() > Classroom.MAX_STEPS) {
            classroom.problems().add(path + ": must be a list of at most " + Classroom.MAX_STEPS + " {" + AT_STEP + ", "
                    + NOTE + ", " + QUESTION + ", " + ANSWER + ", " + HIGHLIGHT + ", " + SETTINGS + "} steps");
            return null;
        }
        boolean ok = true;
        for (int i = 0; i < n.size(); i++) {
            LessonStep s = readStep(new JsonFields(n.get(i), path + "[" + i + "]", classroom.problems()));
            ok &= s != null;
            steps.add(s);
        }
        return ok ? steps : null;
    }

    private static LessonStep readStep(JsonFields f) {
        List<String> problems = f.problems();
        int before = problems.size();
        Integer at = f.integer(AT_STEP, null, 0, LessonStep.MAX_STEP);
        String note = f.text(NOTE, null, LessonStep.MAX_TEXT);
        if (note != null && note.isBlank()) {
            problems.add(f.child(NOTE) + ": must not be empty");
        }
        String question = f.text(QUESTION, "", LessonStep.MAX_TEXT);
        String answer = f.text(ANSWER, "", LessonStep.MAX_TEXT);
        if (answer != null && !answer.isEmpty() && question != null && question.isBlank()) {
            problems.add(f.child(ANSWER) + ": an answer needs a question");
        }
        List<String> highlight = SectionJson.readNames(f, HIGHLIGHT, ViewSettings.PANELS.size());
        if (highlight != null) {
            for (String p : highlight) {
                if (!ViewSettings.PANELS.contains(p)) {
                    problems.add(f.child(HIGHLIGHT) + ": \"" + p + "\" is not a panel; use " + ViewSettings.PANELS);
                }
            }
        }
        Map<String, JsonNode> settings = readSettings(f);
        f.rejectUnknown();
        if (problems.size() > before || settings == null) {
            return null;
        }
        return JsonFields.guard(problems, () -> new LessonStep(at, note, question, answer, highlight, settings));
    }

    private static Map<String, JsonNode> readSettings(JsonFields f) {
        JsonNode n = f.raw(SETTINGS);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        String path = f.child(SETTINGS);
        if (!n.isObject() || n.size() > MAX_SETTINGS) {
            f.problems().add(path + ": must be an object of at most " + MAX_SETTINGS
                    + " field paths and their values, e.g. {\"init.e0\": 0.5}");
            return null;
        }
        boolean ok = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String problem = RunSettings.checkPath(e.getKey());
            if (problem == null && e.getValue().isNull()) {
                problem = "a setting needs a value, got null";
            }
            if (problem != null) {
                f.problems().add(path + "." + e.getKey() + ": " + problem);
                ok = false;
            }
            out.put(e.getKey(), e.getValue());
        }
        return ok ? out : null;
    }

    /** Written only when the preset has steps: other classrooms stay as they were. */
    static void write(List<LessonStep> steps, ObjectNode classroom) {
        if (steps.isEmpty()) {
            return;
        }
        ArrayNode a = classroom.putArray(STEPS);
        for (LessonStep s : steps) {
            ObjectNode n = a.addObject();
            n.put(AT_STEP, s.atStep());
            n.put(NOTE, s.note());
            n.put(QUESTION, s.question());
            n.put(ANSWER, s.answer());
            SectionJson.writeNames(n, HIGHLIGHT, s.highlight());
            ObjectNode settings = n.putObject(SETTINGS);
            s.settings().forEach((k, v) -> settings.set(k, v.deepCopy()));
        }
    }
}
