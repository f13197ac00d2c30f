package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.task.ConfigException;

/**
 * One stop of a guided lesson: where the run pauses, what the teacher says there, an optional question with its
 * answer (revealed on request), the panels to point at and settings that take effect on arriving.
 *
 * @param atStep    the training step at which the run pauses and this step is shown
 * @param note      the teacher's text (shown large in presenter mode)
 * @param question  a question to the class, or empty
 * @param answer    its answer, shown on "Reveal"; empty when there is no question
 * @param highlight panel keys to highlight while this step is shown
 * @param settings  run settings by field path ({@code "init.e0"} → 0.5), applied with a restart on arriving;
 *                  validated against the preset's run by {@link RunSettings}; the values are copies
 */
public record LessonStep(long atStep, String note, String question, String answer, List<String> highlight,
                         Map<String, JsonNode> settings) {
    public static final int MAX_TEXT = 2000;
    public static final long MAX_STEP = 1_000_000_000L;

    public LessonStep {
        question = question == null ? "" : question;
        answer = answer == null ? "" : answer;
        highlight = List.copyOf(highlight);
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        settings.forEach((k, v) -> copy.put(k, v.deepCopy()));
        settings = Collections.unmodifiableMap(copy);
        ConfigException.require(atStep >= 0 && atStep <= MAX_STEP, "classroom.steps.at_step", "must be in [0, "
                + MAX_STEP + "], got " + atStep);
        ConfigException.require(note != null && !note.isBlank() && note.length() <= MAX_TEXT, "classroom.steps.note",
                "must be 1 to " + MAX_TEXT + " characters");
        ConfigException.require(question.length() <= MAX_TEXT && answer.length() <= MAX_TEXT,
                "classroom.steps.question", "at most " + MAX_TEXT + " characters");
        ConfigException.require(answer.isEmpty() || !question.isBlank(), "classroom.steps.answer",
                "an answer needs a question");
        for (String p : highlight) {
            ConfigException.require(ViewSettings.PANELS.contains(p), "classroom.steps.highlight", "\"" + p
                    + "\" is not a panel; use " + ViewSettings.PANELS);
        }
    }

    /** A step with a note only. */
    public LessonStep(long atStep, String note) {
        this(atStep, note, "", "", List.of(), Map.of());
    }

    public boolean hasQuestion() {
        return !question.isBlank();
    }
}
