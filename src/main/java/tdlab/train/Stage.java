package tdlab.train;

import java.util.EnumSet;
import java.util.Set;
import tdlab.model.ParamGroup;
import tdlab.task.ConfigException;

/**
 * A phase of multi-stage training: for {@code steps} steps only the listed groups are updated (the
 * two-stage algorithm trains the feed-forward layer first, then attention).
 */
public record Stage(int steps, Set<ParamGroup> trainable) {

    public Stage {
        ConfigException.require(steps >= 1, "training.stages.steps", "must be ≥ 1, got " + steps);
        ConfigException.require(trainable != null && !trainable.isEmpty(), "training.stages.trainable",
                "must name at least one parameter group");
        trainable = Set.copyOf(EnumSet.copyOf(trainable));
    }
}
