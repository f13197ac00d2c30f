package tdlab.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import tdlab.json.JsonFields;
import tdlab.model.ParamGroup;
import tdlab.train.Stage;
import tdlab.train.TrainingConfig;

/** {@code "training": {"stages": [{"steps", "trainable": [groups]}, ...]}}. */
final class StagesSection {
    static final String STEPS = "steps";
    static final String TRAINABLE = "trainable";
    static final int MAX_STAGES = 64;

    private StagesSection() {
    }

    /** The list under {@code name} of {@code f} (empty when absent), or null with a problem. */
    static List<Stage> read(JsonFields f, String name) {
        JsonNode n = f.raw(name);
        List<Stage> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray() || n.size() > MAX_STAGES) {
            f.problems().add(f.child(name) + ": must be a list of at most " + MAX_STAGES + " stages");
            return null;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonFields s = new JsonFields(n.get(i), f.child(name) + "[" + i + "]", f.problems());
            Integer steps = s.integer(STEPS, null, 1, TrainingConfig.MAX_STEPS);
            EnumSet<ParamGroup> trainable = GroupFields.readList(s, TRAINABLE);
            s.rejectUnknown();
            if (steps == null || trainable == null) {
                return null;
            }
            Stage st = JsonFields.guard(f.problems(), () -> new Stage(steps, trainable));
            if (st == null) {
                return null;
            }
            out.add(st);
        }
        return out;
    }

    static void write(List<Stage> stages, ArrayNode a) {
        for (Stage st : stages) {
            ObjectNode sn = a.addObject();
            sn.put(STEPS, st.steps());
            GroupFields.writeList(sn, TRAINABLE, st.trainable());
        }
    }
}
