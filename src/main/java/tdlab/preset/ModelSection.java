package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.model.ModelSpec;
import tdlab.task.TaskSpec;

/**
 * One model family's {@code model} section: the reader and the writer of the same keys side by side.
 * {@link ModelSections} picks the section by {@code model.type} and reads and writes that key itself.
 */
interface ModelSection<M extends ModelSpec> {

    /** The {@code model.type} this section reads. */
    String type();

    /** The model records it writes. */
    Class<M> spec();

    /**
     * Reads the fields other than {@code type}; every problem goes to {@code f.problems()} with its field
     * path and null is returned when there is any. Unknown fields are rejected.
     */
    M read(JsonFields f, Defaults defaults);

    /** Writes every field of the model other than {@code type} into {@code node}. */
    void write(M model, ObjectNode node);

    /**
     * What a model section may default to from the rest of the preset.
     *
     * @param vocab          the task's vocabulary (2 when the task is invalid)
     * @param sequenceLength the training sequence length (at least 1)
     */
    record Defaults(int vocab, int sequenceLength) {

        static Defaults of(TaskSpec task, int sequenceLength) {
            return new Defaults(task == null ? 2 : task.vocab(), Math.max(1, sequenceLength));
        }
    }
}
