package tdlab.family.mixture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.family.Outcome;
import tdlab.model.ParamGroup;

/** The named results of a tokenized-mixture run (docs/scenarios.md, S5), from the final frame's series. */
final class MixtureMeasures {
    private MixtureMeasures() {
    }

    static Map<String, Object> of(MixtureTheory theory, Outcome outcome) {
        Map<String, Double> last = outcome.series();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("train_loss_final", finite(last.get(MixtureKeys.TRAIN_LOSS)));
        m.put("test_loss_final", finite(last.get(MixtureKeys.TEST_LOSS)));
        m.put("test_error", finite(last.get(MixtureKeys.TEST_ERROR)));
        m.put("train_error", finite(last.get(MixtureKeys.TRAIN_ERROR)));
        m.put("relevant_attention_mass", finite(last.get(MixtureKeys.RELEVANT_MASS)));
        List<Double> heads = new ArrayList<>();
        for (int h = 1; last.containsKey(MixtureKeys.headMass(h)); h++) {
            heads.add(finite(last.get(MixtureKeys.headMass(h))));
        }
        m.put("relevant_attention_mass_per_head", heads);
        m.put("uniform_attention_mass", theory.uniformMass());
        double eta = outcome.learningRate(ParamGroup.HEAD);
        m.put("learning_rate", Double.isFinite(eta) ? eta : null);
        return m;
    }

    private static Double finite(Double v) {
        return v != null && Double.isFinite(v) ? v : null;
    }
}
