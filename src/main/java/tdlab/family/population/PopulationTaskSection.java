package tdlab.family.population;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.family.TaskSection;
import tdlab.json.JsonFields;
import tdlab.task.population.PopulationTask;

/** {@code "task": {"type": "population", "blocks", "ratio"}}: the target strengths ratio^{h−1−j}. */
final class PopulationTaskSection implements TaskSection<PopulationTask> {
    static final String BLOCKS = "blocks";
    static final String RATIO = "ratio";

    @Override
    public PopulationTask read(JsonFields f) {
        Integer blocks = f.integer(BLOCKS, null, 1, 16);
        Double ratio = f.number(RATIO, null, 1e-12, 100);
        f.rejectUnknown();
        if (blocks == null || ratio == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new PopulationTask(blocks, ratio));
    }

    @Override
    public void write(PopulationTask task, ObjectNode n) {
        n.put(TYPE, PopulationTask.TYPE);
        n.put(BLOCKS, task.blocks());
        n.put(RATIO, task.ratio());
    }
}
