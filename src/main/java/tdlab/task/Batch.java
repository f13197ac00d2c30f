package tdlab.task;

/**
 * A batch of examples for the models of every task family, laid out flat so that a sampler refills it in
 * place between steps.
 *
 * <p>Sequence b holds {@code length + 1} tokens in {@code tokens[b·(length+1) ...]}: inputs are its first
 * {@code length}, targets its last {@code length} (shifted by one). Families use this one layout:
 * <ul>
 *   <li>token streams (Markov chains, high-order chains): every position is a next-token example;</li>
 *   <li>classification of a whole sequence (sequence classes: context, query, next token; tokenized mixtures:
 *       the component of each token, then the label 0/1 in the last slot): the target of the last input
 *       position is the label;</li>
 *   <li>ragged sentences (partial orders): {@code lengths[b]} inputs (≤ {@code length}) followed by the label
 *       in slot {@code lengths[b]}; slots after it are unused;</li>
 *   <li>real-valued tokens (tokenized mixtures): {@code features[(b·length + t)·featureDim + i]} is
 *       coordinate i of input token t; the tokens still name each input's latent component.</li>
 * </ul>
 *
 * @param lengths    number of inputs of each sequence, or null when every sequence has {@code length}
 * @param features   real-valued input vectors, or null when the inputs are the tokens alone
 * @param featureDim width of one feature vector (0 without features)
 */
public record Batch(int size, int length, int[] tokens, int[] lengths, double[] features, int featureDim) {

    public Batch {
        if (size < 1 || length < 1 || tokens.length != size * (length + 1)) {
            throw new IllegalArgumentException("batch " + size + "×" + length + " needs "
                    + size * (length + 1) + " tokens, got " + tokens.length);
        }
        if (lengths != null && lengths.length != size) {
            throw new IllegalArgumentException("batch of " + size + " sequences got " + lengths.length + " lengths");
        }
        if (features == null ? featureDim != 0 : featureDim < 1 || features.length != size * length * featureDim) {
            throw new IllegalArgumentException("batch " + size + "×" + length + " with feature width " + featureDim
                    + " got " + (features == null ? "no" : features.length) + " feature values");
        }
    }

    /** Token sequences of one length. */
    public static Batch allocate(int size, int length) {
        return new Batch(size, length, new int[size * (length + 1)], null, null, 0);
    }

    /** Sentences of up to {@code maxLength} inputs each, their lengths set by the sampler. */
    public static Batch ragged(int size, int maxLength) {
        return new Batch(size, maxLength, new int[size * (maxLength + 1)], new int[size], null, 0);
    }

    /** Sequences of {@code length} real-valued tokens of width {@code featureDim}. */
    public static Batch withFeatures(int size, int length, int featureDim) {
        return new Batch(size, length, new int[size * (length + 1)], null, new double[size * length * featureDim],
                featureDim);
    }

    /** Offset of sequence b's first token in {@link #tokens()}. */
    public int offset(int b) {
        return b * (length + 1);
    }

    public int input(int b, int t) {
        return tokens[offset(b) + t];
    }

    public int target(int b, int t) {
        return tokens[offset(b) + t + 1];
    }

    /** Number of inputs of sequence b. */
    public int length(int b) {
        return lengths == null ? length : lengths[b];
    }

    /** The label of a sequence-level example: the target of its last input. */
    public int label(int b) {
        return target(b, length(b) - 1);
    }

    /** Offset of input token t of sequence b in {@link #features()}. */
    public int featureOffset(int b, int t) {
        return (b * length + t) * featureDim;
    }

    public int tokenCount() {
        return size * length;
    }
}
