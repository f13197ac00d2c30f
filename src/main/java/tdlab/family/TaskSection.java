package tdlab.family;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.task.TaskSpec;

/**
 * A family's {@code task} section of a preset: the reader and the writer of the same keys side by side,
 * so the schema is spelled once.
 */
public interface TaskSection<T extends TaskSpec> {
    /** The key that names the family ({@code task.type}); the preset reader reads it, the section writes it. */
    String TYPE = "type";

    /**
     * Reads the section's fields other than {@code type}; every problem goes to {@code f.problems()} with
     * its field path and null is returned when there is any. Unknown fields are rejected.
     */
    T read(JsonFields f);

    /** Writes every field of the task, {@code type} included, into {@code node}. */
    void write(T task, ObjectNode node);
}
