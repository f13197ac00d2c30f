package tdlab.train;

import java.util.Map;
import tdlab.model.ParamGroup;

/**
 * The full training state at a step, enough to continue from there exactly; {@code plateau} is the
 * ReduceLROnPlateau state (its initial state for other schedules).
 */
public record Checkpoint(long step, double[] params, Optimizer.State optimizer, Map<ParamGroup, GroupSettings> groups,
                         Plateau.State plateau) {

    public Checkpoint {
        params = params.clone();
        groups = Map.copyOf(groups);
    }

    @Override
    public double[] params() {
        return params.clone();
    }

    public long sizeInBytes() {
        return 8L * params.length + optimizer.sizeInBytes();
    }
}
