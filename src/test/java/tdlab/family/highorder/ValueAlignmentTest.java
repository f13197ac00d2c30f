package tdlab.family.highorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import tdlab.model.Backend;
import tdlab.model.TrainableModel;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerLayout;
import tdlab.sim.Runs;
import tdlab.task.highorder.HighOrderMarkovTask;
import tdlab.task.highorder.HighOrderTeacher;
import tdlab.train.RunConfig;

/** cos(W_V^h, A_k) on hand-set values of S3b's minimal model. */
class ValueAlignmentTest {

    @Test
    void aHeadWhoseValuesAreABlocksMatrixHasCosineOneWithItAndNoDirectionWhileZero() {
        RunConfig cfg = Runs.preset("s3b-minimal-transformer");
        HighOrderTeacher teacher = ((HighOrderMarkovTask) cfg.task()).teacher();
        TrainableModel model = cfg.model().create(Backend.PLAIN);
        TransformerConfig t = (TransformerConfig) cfg.model();
        double[] p = new double[model.layout().size()];
        int off = model.layout().get(TransformerLayout.WV).offset();
        int d = t.width();
        double[][] q1 = teacher.q(1);
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 20; c++) {
                p[off + (0 * d + r) * d + c] = 3.5 * q1[r][c]; // head 1 carries A_2 = c·Q_2, any positive scale
                p[off + (0 * d + r) * d + 20 + (c % 14)] += 0.7; // position columns do not enter the cosine
            }
        }
        double[][] cos = ValueAlignment.of(teacher, model, p).orElseThrow();
        assertThat(cos).hasDimensions(3, 3);
        assertThat(cos[0][1]).isCloseTo(1.0, offset(1e-12));
        // independent Haar matrices of size 20 are nearly orthogonal: |cos| ~ 1/√V
        assertThat(Math.abs(cos[0][0])).isLessThan(0.5);
        assertThat(Math.abs(cos[0][2])).isLessThan(0.5);
        assertThat(cos[1][0]).isNaN();
    }

    @Test
    void aModelWhoseValuesDoNotMapTokensToLogitsHasNoAlignment() {
        RunConfig cfg = Runs.preset("s2a-simple-transformer-standard-init");
        HighOrderTeacher teacher = HighOrderFamilyTest.S3B.teacher();
        TrainableModel model = cfg.model().create(Backend.PLAIN);
        assertThat(ValueAlignment.of(teacher, model, new double[model.layout().size()])).isEmpty();
    }
}
