package tdlab.golden;

import java.util.LinkedHashMap;
import java.util.Map;
import tdlab.model.ParamLayout;
import tdlab.model.TransformerLayout;

/**
 * The seed's GPTBase parameter names (Markov-LLM/src/models/base.py, one block) against the lab's
 * {@link TransformerLayout}. Both store linear maps [out][in]; the reference's c_attn stacks the query,
 * key and value rows in that order, which the lab keeps as three tensors.
 */
final class GptNames {
    private static final String H = "transformer.h.0.";
    private static final String C_ATTN = H + "attn.c_attn.weight";
    /** Reference name to lab name, for every tensor stored one-to-one. */
    private static final Map<String, String> SAME = Map.of(
            "transformer.wte.weight", TransformerLayout.WTE,
            "transformer.wpe.weight", TransformerLayout.WPE,
            H + "ln_1.weight", TransformerLayout.LN1,
            H + "attn.c_proj.weight", TransformerLayout.WO,
            H + "ln_2.weight", TransformerLayout.LN2,
            H + "mlp.c_fc.weight", TransformerLayout.W1,
            H + "mlp.c_proj.weight", TransformerLayout.W2,
            "transformer.ln_f.weight", TransformerLayout.LNF,
            "lm_head.weight", TransformerLayout.HEAD_W,
            "lm_head.bias", TransformerLayout.HEAD_B);
    private static final String[] QKV = {TransformerLayout.WQ, TransformerLayout.WK, TransformerLayout.WV};

    private GptNames() {
    }

    /** The lab's flat parameter array holding the reference's tensors; every lab tensor must be covered. */
    static double[] toLab(ParamLayout layout, Map<String, GoldenFixture.Tensor> ref) {
        double[] p = new double[layout.size()];
        int covered = 0;
        for (Map.Entry<String, GoldenFixture.Tensor> e : ref.entrySet()) {
            double[] data = e.getValue().data();
            if (e.getKey().equals(C_ATTN)) {
                int third = data.length / 3;
                for (int i = 0; i < 3; i++) {
                    put(layout, QKV[i], data, i * third, third, p);
                }
                covered += 3;
            } else {
                String lab = SAME.get(e.getKey());
                if (lab == null) {
                    throw new IllegalArgumentException("unknown reference tensor " + e.getKey());
                }
                put(layout, lab, data, 0, data.length, p);
                covered++;
            }
        }
        if (covered != layout.tensors().size()) {
            throw new IllegalArgumentException("the reference names " + covered + " lab tensors, the layout has "
                    + layout.tensors().size());
        }
        return p;
    }

    /** The lab's flat array as the reference's named tensors (flat, row-major). */
    static Map<String, double[]> toReference(ParamLayout layout, double[] flat) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : SAME.entrySet()) {
            if (layout.has(e.getValue())) {
                m.put(e.getKey(), layout.slice(flat, e.getValue()));
            }
        }
        int n = layout.get(TransformerLayout.WQ).size();
        double[] qkv = new double[3 * n];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(layout.slice(flat, QKV[i]), 0, qkv, i * n, n);
        }
        m.put(C_ATTN, qkv);
        return m;
    }

    /** The lab tensor names behind one reference name. */
    static String[] labNames(String reference) {
        return reference.equals(C_ATTN) ? QKV.clone() : new String[] {SAME.get(reference)};
    }

    private static void put(ParamLayout layout, String name, double[] src, int from, int n, double[] p) {
        var t = layout.get(name);
        if (t.size() != n) {
            throw new IllegalArgumentException(name + " has " + t.size() + " values, the reference " + n);
        }
        System.arraycopy(src, from, p, t.offset(), n);
    }
}
