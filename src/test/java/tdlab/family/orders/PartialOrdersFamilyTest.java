package tdlab.family.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.family.Families;
import tdlab.family.Outcome;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.yz.YzConfig;
import tdlab.task.ConfigException;
import tdlab.task.orders.PartialOrdersTask;

class PartialOrdersFamilyTest {
    private static final PartialOrdersTask S6 = PartialOrdersTask.s6(0);

    @Test
    void theFamilyIsRegisteredAndRunsOnTheKqOvModelOnly() {
        assertThat(Families.types()).contains("partial_orders");
        Families.of(S6).checkModel(KqOvConfig.oneHot(12));
        assertThatThrownBy(() -> Families.of(S6).checkModel(new YzConfig(12, 1))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("model.type: ").hasMessageContaining("kq_ov");
        assertThat(Families.of(S6).panels(KqOvConfig.oneHot(12))).containsExactly("loss", "directions", "norms",
                "optattention", "accuracy", "order");
    }

    @Test
    void theSlopeIsFittedOverStageTwoFromItsStep100() {
        List<Outcome.Point> history = new ArrayList<>();
        for (long t = 0; t <= 1300; t += 10) {
            double gap = t <= 300 ? Double.NaN : 2 * Math.pow(t - 300, -0.8);
            // before stage 2's step 100 the series does something else, which the fit must ignore
            if (t > 300 && t < 400) {
                gap = 0.5;
            }
            history.add(new Outcome.Point(t, 0, Map.of(OrdersKeys.COS_GAP_WKQ, gap,
                    OrdersKeys.COLLOCATION_LOSS, t <= 300 ? 1.0 / (t + 1) : 7.0)));
        }
        Map<String, Double> last = history.get(history.size() - 1).series();
        Outcome o = new Outcome(1300, 0, 0, Double.NaN, new double[0][0], last, history, null, List.of(0L, 300L));
        Map<String, Object> m = Families.of(S6).measures(new OrdersTheory(S6), o);
        assertThat((Double) m.get("cos_gap_wkq_slope")).isCloseTo(-0.8, offset(1e-12));
        assertThat((Double) m.get("stage1_loss_final")).isCloseTo(1.0 / 301, offset(1e-15));
        assertThat(m).containsKeys("stage1_loss_final", "wov_norm_final", "cos_gap_wov_final", "cos_gap_wkq_final",
                "cos_gap_wkq_slope", "optimal_token_attention", "train_accuracy", "shift_accuracy");
    }
}
