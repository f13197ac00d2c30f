package tdlab.family.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.model.ParamTensor;
import tdlab.model.kqov.KqOvModel;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.Sentence;

/** One frame's S6 numbers ({@link OrdersKeys}) from the parameters and the run's fixed sets. */
final class OrdersSeries {
    private OrdersSeries() {
    }

    static Map<String, Double> of(OrdersTheory theory, KqOvModel model, double[] params) {
        OrdersTheory.Solutions star = theory.solutions(model);
        ParamTensor kq = model.layout().get(KqOvModel.KQ);
        ParamTensor ov = model.layout().get(KqOvModel.OV);
        OrdersReadout read = OrdersReadout.of(model, params);
        OrdersData data = theory.data();
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(OrdersKeys.COS_GAP_WOV, cosineGap(params, ov.offset(), star.wov()));
        out.put(OrdersKeys.COS_GAP_WKQ, cosineGap(params, kq.offset(), star.wkq()));
        out.put(OrdersKeys.WOV_NORM, norm(params, ov.offset(), ov.end()));
        out.put(OrdersKeys.WKQ_NORM, norm(params, kq.offset(), kq.end()));
        double pairs = 0;
        for (int x = 0; x < data.vocab(); x++) {
            pairs += read.pairLoss(x, data.collocation(x));
        }
        out.put(OrdersKeys.COLLOCATION_LOSS, pairs / data.vocab());
        List<Sentence> train = data.train();
        double attention = 0;
        double right = 0;
        double[] shown = new double[Math.min(OrdersKeys.SHOWN, train.size())];
        for (int i = 0; i < train.size(); i++) {
            Sentence s = train.get(i);
            double[] a = read.attention(s);
            double opt = a[s.optimalPosition()];
            attention += opt;
            if (i < shown.length) {
                shown[i] = opt;
            }
            right += read.correct(s, a);
        }
        out.put(OrdersKeys.OPTIMAL_ATTENTION, attention / train.size());
        out.put(OrdersKeys.TRAIN_ACCURACY, right / train.size());
        double shiftRight = 0;
        for (Sentence s : data.shift()) {
            shiftRight += read.correct(s, read.attention(s));
        }
        out.put(OrdersKeys.SHIFT_ACCURACY, shiftRight / data.shift().size());
        for (int i = 0; i < shown.length; i++) {
            out.put(OrdersKeys.sentence(i), shown[i]);
        }
        return out;
    }

    /**
     * 1 − cos(W, W*) (Frobenius), computed as ½‖W/‖W‖ − W*·(1/‖W*‖)‖²: the same number, without the cancellation of
     * 1 − cos near 1 (it reaches 1e-5 and below). NaN while W = 0.
     */
    static double cosineGap(double[] p, int offset, double[] star) {
        double pp = 0;
        double ss = 0;
        for (int i = 0; i < star.length; i++) {
            pp += p[offset + i] * p[offset + i];
            ss += star[i] * star[i];
        }
        if (pp == 0 || ss == 0) {
            return Double.NaN;
        }
        double a = 1 / Math.sqrt(pp);
        double b = 1 / Math.sqrt(ss);
        double gap = 0;
        for (int i = 0; i < star.length; i++) {
            double diff = p[offset + i] * a - star[i] * b;
            gap += diff * diff;
        }
        return gap / 2;
    }

    private static double norm(double[] p, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += p[i] * p[i];
        }
        return Math.sqrt(s);
    }
}
