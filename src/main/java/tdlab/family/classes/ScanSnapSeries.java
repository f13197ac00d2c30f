package tdlab.family.classes;

import java.util.LinkedHashMap;
import java.util.Map;
import tdlab.model.ParamTensor;
import tdlab.model.TrainableModel;
import tdlab.task.classes.SequenceClass;
import tdlab.task.classes.SequenceClassesTask;

/** One frame's Scan and Snap numbers ({@link ScanSnapKeys}), read from Z alone: no data is needed. */
final class ScanSnapSeries {
    private ScanSnapSeries() {
    }

    static Map<String, Double> of(SequenceClassesTask task, TrainableModel model, double[] params) {
        ParamTensor z = AttentionScores.attention(model).orElse(null);
        if (z == null) {
            return Map.of();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        SequenceClass first = task.sequenceClass(0);
        double[] c = AttentionScores.of(first, params, z);
        for (int i = 0; i < c.length; i++) {
            out.put(ScanSnapKeys.score(first.tokens()[i]), c[i]);
        }
        double ct = 0;
        for (int i = 0; i < first.commonCount(); i++) {
            ct += c[i];
        }
        out.put(ScanSnapKeys.CT_MASS, ct);
        boolean distinct = first.distinctCount() > 0;
        int low = first.commonCount();
        int top = c.length - 1;
        out.put(ScanSnapKeys.TOP_DT_MASS, distinct ? c[top] : Double.NaN);
        out.put(ScanSnapKeys.LOW_DT_MASS, distinct ? c[low] : Double.NaN);
        out.put(ScanSnapKeys.DT_ENTROPY, AttentionScores.distinctEntropy(first, c));
        double sum = 0;
        int n = 0;
        for (SequenceClass k : task.allClasses()) {
            double h = AttentionScores.distinctEntropy(k, k.index() == 0 ? c : AttentionScores.of(k, params, z));
            if (Double.isFinite(h)) {
                sum += h;
                n++;
            }
        }
        out.put(ScanSnapKeys.DT_ENTROPY_MEAN, n == 0 ? Double.NaN : sum / n);
        boolean pair = first.distinctCount() >= 2;
        out.put(ScanSnapKeys.THM3_RATIO, pair ? c[top] * c[top] / (c[low] * c[low]) - 1 : Double.NaN);
        out.put(ScanSnapKeys.THM3_LOGIT, pair ? AttentionScores.logit(first, params, z, first.tokens()[top])
                : Double.NaN);
        return out;
    }
}
