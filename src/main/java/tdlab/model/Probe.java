package tdlab.model;

/**
 * What the model does on one input sequence.
 *
 * @param tokens      the input tokens x_1..x_T
 * @param attention   attention[h][t][s]: weight of key s for query t in head h (0 for s &gt; t); no heads
 *                    for models without attention
 * @param predictions predictions[t][j]: P(x_{t+1} = j | x_1..x_t)
 */
public record Probe(int[] tokens, double[][][] attention, double[][] predictions) {

    public Probe {
        tokens = tokens.clone();
    }

    public int heads() {
        return attention.length;
    }
}
