package tdlab.task;

import java.util.List;

/** Sequences from a first-order Markov chain. */
public record MarkovTask(TransitionMatrix matrix, InitialDistribution initial) implements TaskSpec {

    public MarkovTask {
        ConfigException.require(matrix != null, "task.matrix", "is required");
        ConfigException.require(initial != null, "task.initial", "is required; one of STATIONARY, UNIFORM");
    }

    public static MarkovTask binary(double p, double q) {
        return new MarkovTask(TransitionMatrix.binary(p, q), InitialDistribution.STATIONARY);
    }

    public MarkovChain chain() {
        return new MarkovChain(matrix, initial);
    }

    public static final String TYPE = "markov";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public TaskSampler sampler() {
        return new MarkovSampler(chain(), 0);
    }

    @Override
    public int vocab() {
        return matrix.size();
    }

    @Override
    public List<String> warnings() {
        return ChainStructure.of(matrix).warnings();
    }
}
