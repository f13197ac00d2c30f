package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.model.ode.Eq4Config;

/**
 * {@code "model": {"type": "ode_eq4", "blocks", "positions", "ratio", "heads", "init_noise"}}: the ODE of Eq. 4
 * (science.md §3.4).
 */
final class Eq4Section implements ModelSection<Eq4Config> {
    static final String BLOCKS = "blocks";
    static final String POSITIONS = "positions";
    static final String RATIO = "ratio";
    static final String HEADS = "heads";
    static final String INIT_NOISE = "init_noise";

    @Override
    public String type() {
        return "ode_eq4";
    }

    @Override
    public Class<Eq4Config> spec() {
        return Eq4Config.class;
    }

    @Override
    public Eq4Config read(JsonFields f, Defaults defaults) {
        Integer blocks = f.integer(BLOCKS, null, 1, Eq4Config.MAX_BLOCKS);
        Integer positions = f.integer(POSITIONS, null, 1, Eq4Config.MAX_POSITIONS);
        Double ratio = f.number(RATIO, null, 1e-12, 100);
        Integer heads = f.integer(HEADS, null, 1, 64);
        Double noise = f.number(INIT_NOISE, 1e-6, 0, 0.1);
        f.rejectUnknown();
        if (blocks == null || positions == null || ratio == null || heads == null || noise == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new Eq4Config(blocks, positions, ratio, heads, noise));
    }

    @Override
    public void write(Eq4Config model, ObjectNode n) {
        n.put(BLOCKS, model.blocks());
        n.put(POSITIONS, model.positions());
        n.put(RATIO, model.ratio());
        n.put(HEADS, model.heads());
        n.put(INIT_NOISE, model.initNoise());
    }
}
