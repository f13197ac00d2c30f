package tdlab.model;

/**
 * Floating-point operations of one training step (forward, backward, update) of a transformer as the
 * fused kernels execute it: causal half of the attention only, scores recomputed in the backward pass,
 * a multiply-add counted as 2. Used by the benchmark to place measured throughput against the machine's
 * FLOP-bound limit.
 */
public final class FlopCount {
    private FlopCount() {
    }

    public static double trainingStep(TransformerConfig c, int batch, int length) {
        double tokens = (double) batch * length;
        double d = c.width();
        double h = c.heads();
        double dq = c.queryDim();
        double dv = c.valueDim();
        double ff = c.ffWidth();
        // linear layers: multiply-adds per token in the forward pass
        double linear = h * dq * d * (c.keyProjection() ? 2 : 1) + h * dv * d
                + (c.outputProjection() ? d * h * dv : 0) + 2 * d * ff + c.logitCount() * d;
        double linearFlops = 2 * linear * tokens * 3; // forward, then input and weight gradients
        double pairs = batch * (length * (length + 1.0) / 2); // causal (query, key) pairs per head
        // forward: scores + values; backward: scores again, dp, dV, dQ, dK
        double attention = 2 * pairs * h * (dq + dv + dq + dv + dv + dq + dq);
        return linearFlops + attention;
    }
}
