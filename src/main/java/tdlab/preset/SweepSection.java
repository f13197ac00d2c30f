package tdlab.preset;

import tdlab.family.classes.RateGrid;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import tdlab.json.JsonFields;

/**
 * {@code "sweep": {"eta_z": [...], "eta_ratio": [...], "seeds": n}}, optional: the learning-rate grid of a
 * preset's sweep ({@link RateGrid}). Written only when the preset has one, so presets without a sweep keep
 * their files.
 */
final class SweepSection {
    static final String ETA_Z = "eta_z";
    static final String ETA_RATIO = "eta_ratio";
    static final String SEEDS = "seeds";

    private SweepSection() {
    }

    /** The grid, or null when the section is absent or has a problem (recorded). */
    static RateGrid read(JsonFields f) {
        double[] z = f.numbers(ETA_Z, RateGrid.MAX_VALUES);
        double[] r = f.numbers(ETA_RATIO, RateGrid.MAX_VALUES);
        Integer seeds = f.integer(SEEDS, null, 1, RateGrid.MAX_SEEDS);
        f.rejectUnknown();
        if (z == null || r == null || seeds == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new RateGrid(list(z), list(r), seeds));
    }

    static void write(RateGrid grid, ObjectNode n) {
        ArrayNode z = n.putArray(ETA_Z);
        grid.etaZ().forEach(z::add);
        ArrayNode r = n.putArray(ETA_RATIO);
        grid.etaRatio().forEach(r::add);
        n.put(SEEDS, grid.seeds());
    }

    private static List<Double> list(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) {
            out.add(x);
        }
        return out;
    }
}
