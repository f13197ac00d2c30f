package tdlab.family.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.kqov.KqOvModel;
import tdlab.task.orders.OrderKind;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.task.orders.Sentence;

class OrdersTheoryTest {
    private static final PartialOrdersTask S6 = PartialOrdersTask.s6(0);

    /** KKT: primal feasibility, λ ≥ 0, complementary slackness, and stationarity W = Σ λ_c A_c recomputed here. */
    private static void assertKkt(MaxMargin.Solution s, List<MaxMargin.Constraint> constraints) {
        assertThat(s.primalViolation()).isLessThan(1e-8);
        for (double l : s.lambda()) {
            assertThat(l).isGreaterThanOrEqualTo(0);
        }
        assertThat(s.complementarity()).isLessThan(1e-8);
        assertThat(s.margin()).isCloseTo(1, offset(1e-8));
        double[] w = new double[s.rows() * s.cols()];
        for (int c = 0; c < constraints.size(); c++) {
            for (int r = 0; r < s.rows(); r++) {
                for (int q = 0; q < s.cols(); q++) {
                    w[r * s.cols() + q] += s.lambda()[c] * constraints.get(c).u()[r] * constraints.get(c).v()[q];
                }
            }
        }
        for (int i = 0; i < w.length; i++) {
            assertThat(s.matrix()[i]).isCloseTo(w[i], offset(1e-9));
        }
    }

    @Test
    void theStageTwoSolutionSatisfiesItsKktConditions() {
        assertStageTwoKkt(S6);
    }

    /**
     * A random DAG's orders change only which pairs the training sentences reveal (each x* ▷_q v is one constraint,
     * an acyclic set, so the problem stays feasible): the same KKT conditions hold, and every shift sentence's x*
     * leads by a margin ≥ 1 under W_kq*, the revealed margins adding along its transitive chain.
     */
    @Test
    void aRandomDagsStageTwoSolutionSatisfiesItsKktConditions() {
        assertStageTwoKkt(PartialOrdersTask.s6(0).withOrder(OrderKind.RANDOM_DAG, 0.3));
    }

    private static void assertStageTwoKkt(PartialOrdersTask task) {
        for (KqOvConfig spec : new KqOvConfig[] {KqOvConfig.oneHot(12), new KqOvConfig(12, 24, 0)}) {
            OrdersTheory theory = new OrdersTheory(task);
            OrdersTheory.Solutions s = theory.solutions(new KqOvModel(spec));
            MaxMargin.Solution kq = s.kqProblem();
            assertThat(kq.lambda()).hasSize(s.kqConstraints().size());
            assertThat(kq.active()).isPositive();
            assertKkt(kq, rebuild(spec, s.kqConstraints()));
            // every revealed pair (x*, v) of every training sentence holds with margin ≥ 1, and by transitivity every
            // shift sentence's
            OrdersReadout r = OrdersReadout.of(new KqOvModel(spec), params(spec, new double[0], kq.matrix()));
            List<Sentence> sentences = new ArrayList<>(theory.data().train());
            sentences.addAll(theory.data().shift());
            for (Sentence sentence : sentences) {
                for (int v : sentence.tokens()) {
                    if (v != sentence.optimal()) {
                        assertThat(r.score(sentence.optimal(), sentence.query()) - r.score(v, sentence.query()))
                                .isGreaterThan(1 - 1e-8);
                    }
                }
            }
        }
    }

    @Test
    void theStageOneSolutionIsTheClosedFormWithOneHotEmbeddings() {
        OrdersTheory theory = new OrdersTheory(S6);
        OrdersTheory.Solutions s = theory.solutions(new KqOvModel(KqOvConfig.oneHot(12)));
        double[] closed = theory.oneHotWov();
        for (int i = 0; i < closed.length; i++) {
            assertThat(s.ovProblem().matrix()[i]).isCloseTo(closed[i], offset(1e-9));
        }
        assertThat(s.ovProblem().norm() * s.ovProblem().norm()).isCloseTo(11, offset(1e-7)); // K − 1 (the dual's tolerance 1e-10 on KKT residuals)
        assertThat(s.ovProblem().margin()).isCloseTo(1, offset(1e-9));
        OrdersTheory dense = new OrdersTheory(S6);
        OrdersTheory.Solutions d = dense.solutions(new KqOvModel(new KqOvConfig(12, 24, 0)));
        assertThat(d.ovProblem().primalViolation()).isLessThan(1e-8);
        assertThat(d.ovProblem().complementarity()).isLessThan(1e-8);
    }

    @Test
    void aRandomProblemSatisfiesKkt() {
        SplittableRandom r = new SplittableRandom(4);
        List<MaxMargin.Constraint> cs = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            double[] u = new double[5];
            double[] v = new double[3];
            for (int i = 0; i < 5; i++) {
                u[i] = r.nextDouble() + (i == 0 ? 1 : -0.3);
            }
            for (int i = 0; i < 3; i++) {
                v[i] = r.nextDouble() + (i == 0 ? 1 : 0);
            }
            cs.add(new MaxMargin.Constraint(u, v));
        }
        assertKkt(MaxMargin.solve(cs, 5, 3), cs);
    }

    @Test
    void powerLawsFitTheirExponent() {
        double[] x = {100, 200, 400, 800};
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            y[i] = 3 * Math.pow(x[i], -0.8);
        }
        assertThat(PowerLawFit.slope(x, y)).isCloseTo(-0.8, offset(1e-12));
        assertThat(PowerLawFit.slope(new double[] {1}, new double[] {1})).isNaN();
    }

    private static List<MaxMargin.Constraint> rebuild(KqOvConfig spec, List<int[]> triples) {
        KqOvModel m = new KqOvModel(spec);
        List<MaxMargin.Constraint> out = new ArrayList<>();
        for (int[] t : triples) {
            double[] u = m.embedding().vector(t[1]);
            double[] v = m.embedding().vector(t[2]);
            for (int i = 0; i < u.length; i++) {
                u[i] -= v[i];
            }
            out.add(new MaxMargin.Constraint(u, m.embedding().vector(t[0])));
        }
        return out;
    }

    /** A flat parameter vector with these W_kq (and W_ov = 0 when {@code wov} is empty). */
    private static double[] params(KqOvConfig spec, double[] wov, double[] wkq) {
        KqOvModel m = new KqOvModel(spec);
        double[] p = new double[m.layout().size()];
        System.arraycopy(wkq, 0, p, m.layout().get(KqOvModel.KQ).offset(), wkq.length);
        System.arraycopy(wov, 0, p, m.layout().get(KqOvModel.OV).offset(), wov.length);
        return p;
    }
}
