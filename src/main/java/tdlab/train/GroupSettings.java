package tdlab.train;

import tdlab.task.ConfigException;

/**
 * Optimiser settings of one parameter group.
 *
 * @param learningRate peak learning rate (the schedule multiplies it)
 * @param weightDecay  decoupled (AdamW, NGD) or L2 (SGD) weight decay
 * @param frozen       excluded from updates
 */
public record GroupSettings(double learningRate, double weightDecay, boolean frozen) {

    public static final double MAX_LEARNING_RATE = 1e3;

    public GroupSettings {
        ConfigException.require(Double.isFinite(learningRate) && learningRate >= 0 && learningRate <= MAX_LEARNING_RATE,
                "training.learning_rate", "must be a finite number in [0, " + MAX_LEARNING_RATE + "], got " + learningRate);
        ConfigException.require(Double.isFinite(weightDecay) && weightDecay >= 0 && weightDecay <= 1,
                "training.weight_decay", "must be in [0, 1], got " + weightDecay);
    }

    public GroupSettings withLearningRate(double lr) {
        return new GroupSettings(lr, weightDecay, frozen);
    }

    public GroupSettings withFrozen(boolean f) {
        return new GroupSettings(learningRate, weightDecay, f);
    }
}
