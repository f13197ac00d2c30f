package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import tdlab.family.Families;
import tdlab.family.TaskFamily;
import tdlab.family.TaskSection;
import tdlab.json.JsonFields;
import tdlab.task.MarkovTask;
import tdlab.task.TaskSpec;

/**
 * The {@code task} section: {@code task.type} picks the family ({@link Families}), whose
 * {@link TaskSection} reads and writes the rest. A new task family brings its section with it.
 */
final class TaskSections {

    private TaskSections() {
    }

    static TaskSpec read(JsonFields f) {
        String type = f.text(TaskSection.TYPE, MarkovTask.TYPE, 32);
        if (type == null) {
            return null;
        }
        Optional<TaskFamily<?>> family = Families.byType(type);
        if (family.isEmpty()) {
            f.problems().add(f.child(TaskSection.TYPE) + ": unknown task type \"" + type + "\"; this build knows "
                    + String.join(", ", Families.types()));
            return null;
        }
        return family.get().section().read(f);
    }

    static void write(TaskSpec task, ObjectNode n) {
        Families.of(task).write(n);
    }
}
