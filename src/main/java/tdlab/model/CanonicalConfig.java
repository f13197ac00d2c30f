package tdlab.model;

/**
 * The canonical reduced model (e, w, b) of "Local to Global" (science.md §1.2.2): binary tokens, the
 * logit of the current token x is e²(1 + 2w|w|)x + b − e²/2. Attention is dropped; e, w and b are its
 * only parameters (groups embedding, feed-forward and bias).
 */
public record CanonicalConfig() implements ModelSpec {

    @Override
    public int vocab() {
        return 2;
    }

    @Override
    public int heads() {
        return 0;
    }

    @Override
    public TrainableModel create(Backend backend) {
        ModelFactory.requirePlain(this, backend);
        return new CanonicalModel(this);
    }

    @Override
    public String kind() {
        return "canonical";
    }
}
