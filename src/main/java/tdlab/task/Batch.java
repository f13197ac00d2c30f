package tdlab.task;

/**
 * A batch of token sequences for next-token prediction. Sequence b holds {@code length + 1} tokens in
 * {@code tokens[b·(length+1) ...]}: inputs are its first {@code length}, targets its last {@code length}
 * (shifted by one). The array is owned by the batch's producer and refilled in place between steps.
 */
public record Batch(int size, int length, int[] tokens) {

    public Batch {
        if (size < 1 || length < 1 || tokens.length != size * (length + 1)) {
            throw new IllegalArgumentException("batch " + size + "×" + length + " needs "
                    + size * (length + 1) + " tokens, got " + tokens.length);
        }
    }

    public static Batch allocate(int size, int length) {
        return new Batch(size, length, new int[size * (length + 1)]);
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

    public int tokenCount() {
        return size * length;
    }
}
