package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.train.Schedule;

/**
 * {@code "training": {"schedule": {"type", "warmup_fraction", "div_factor", "final_div_factor"}}}, and
 * {@code "patience", "factor", "every"} with type {@code reduce_on_plateau}.
 */
final class ScheduleSection {
    static final String TYPE = "type";
    static final String WARMUP_FRACTION = "warmup_fraction";
    static final String DIV_FACTOR = "div_factor";
    static final String FINAL_DIV_FACTOR = "final_div_factor";
    static final String PATIENCE = "patience";
    static final String FACTOR = "factor";
    static final String EVERY = "every";

    private ScheduleSection() {
    }

    static Schedule read(JsonFields f) {
        Schedule.Type type = f.choice(TYPE, Schedule.Type.class, Schedule.Type.CONSTANT);
        Double warm = f.number(WARMUP_FRACTION, 0.02, 0, 1);
        Double div = f.number(DIV_FACTOR, 100.0, 1, 1e6);
        Double fin = f.number(FINAL_DIV_FACTOR, 0.05, 1e-12, 1e6);
        Integer patience = f.integer(PATIENCE, Schedule.DEFAULT_PATIENCE, 0, 1_000_000);
        Double factor = f.number(FACTOR, Schedule.DEFAULT_FACTOR, 0, 1);
        Integer every = f.integer(EVERY, Schedule.DEFAULT_EVERY, 1, tdlab.train.TrainingConfig.MAX_STEPS);
        f.rejectUnknown();
        if (type == null || warm == null || div == null || fin == null || patience == null || factor == null
                || every == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new Schedule(type, warm, div, fin, patience, factor, every));
    }

    static void write(Schedule s, ObjectNode n) {
        n.put(TYPE, SectionJson.key(s.type()));
        n.put(WARMUP_FRACTION, s.warmupFraction());
        n.put(DIV_FACTOR, s.divFactor());
        n.put(FINAL_DIV_FACTOR, s.finalDivFactor());
        if (s.type() == Schedule.Type.REDUCE_ON_PLATEAU) { // only then do they mean anything: other presets stay as they were
            n.put(PATIENCE, s.patience());
            n.put(FACTOR, s.factor());
            n.put(EVERY, s.every());
        }
    }
}
