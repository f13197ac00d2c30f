package tdlab.family.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tdlab.family.Reference;
import tdlab.family.TaskTheory;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.kqov.KqOvModel;
import tdlab.model.kqov.TokenEmbedding;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.PartialOrdersTask;

/**
 * What the two-stage paper's theory says about one run on partial orders (science.md §2.4, [derived] for our
 * instantiation): both layers converge in direction to max-margin solutions.
 * <ul>
 *   <li>W_ov* = argmin ‖W‖_F s.t. (e_{n(x)} − e_v)ᵀ W e_x ≥ 1 for every token x and every v ≠ n(x) (stage 1, on the
 *       collocation pairs). One-hot: in closed form, column x is e_{n(x)} − (1/K)·1, margin 1, ‖W_ov*‖² = K − 1.</li>
 *   <li>W_kq* = argmin ‖W‖_F s.t. (e_{x*} − e_v)ᵀ W e_q ≥ 1 for every training sentence with query q, optimal token
 *       x* and other token v (stage 2, W_ov frozen): the revealed pairs u ▷_q v, each once. Solved numerically
 *       ({@link MaxMargin}); with random embeddings both are solved in parameter space.</li>
 * </ul>
 * Both problems read only the collocation and the training sentences' optimal tokens, so they hold for a random DAG's
 * orders as for priorities: the revealed pairs are then pairs of the partial order, an acyclic set, and the problem
 * stays feasible; tokens a query's sentences never compare get no constraint, whatever the hidden order says.
 * The solutions depend on the model's embeddings and are computed once per model configuration, on first use.
 */
public final class OrdersTheory implements TaskTheory {
    private final PartialOrdersTask task;
    private final OrdersData data;
    private final Map<KqOvConfig, Solutions> solved = new HashMap<>();

    public OrdersTheory(PartialOrdersTask task) {
        this.task = task;
        this.data = task.data();
    }

    public PartialOrdersTask task() {
        return task;
    }

    /** The run's drawn collocation, orders and sentences. */
    public OrdersData data() {
        return data;
    }

    /**
     * The max-margin directions for a model: W_ov* and W_kq* in the model's parameter layout (flattened K×d and
     * d×d), with the stage-2 problem's constraints (q, x*, v) in the solution's order.
     */
    public record Solutions(double[] wov, double[] wkq, MaxMargin.Solution ovProblem, MaxMargin.Solution kqProblem,
                            List<int[]> kqConstraints) {
    }

    public synchronized Solutions solutions(KqOvModel model) {
        return solved.computeIfAbsent(model.spec(), s -> solve(model));
    }

    private Solutions solve(KqOvModel model) {
        KqOvConfig spec = model.spec();
        TokenEmbedding e = model.embedding();
        int k = spec.vocab();
        int d = spec.dim();
        List<MaxMargin.Constraint> ov = new ArrayList<>();
        for (int x = 0; x < k; x++) {
            for (int v = 0; v < k; v++) {
                if (v != data.collocation(x)) {
                    double[] u = new double[k];
                    u[data.collocation(x)] = 1;
                    u[v] = -1;
                    ov.add(new MaxMargin.Constraint(u, e.vector(x)));
                }
            }
        }
        MaxMargin.Solution ovSolution = MaxMargin.solve(ov, k, d);
        List<MaxMargin.Constraint> kq = new ArrayList<>();
        List<int[]> triples = new ArrayList<>();
        for (int q = 0; q < k; q++) {
            for (int u = 0; u < k; u++) {
                for (int v = 0; v < k; v++) {
                    if (data.revealed(q, u, v)) {
                        double[] diff = e.vector(u);
                        double[] ev = e.vector(v);
                        for (int r = 0; r < d; r++) {
                            diff[r] -= ev[r];
                        }
                        kq.add(new MaxMargin.Constraint(diff, e.vector(q)));
                        triples.add(new int[] {q, u, v});
                    }
                }
            }
        }
        MaxMargin.Solution kqSolution = MaxMargin.solve(kq, d, d);
        double[] wov = spec.isOneHot() ? oneHotWov() : ovSolution.matrix();
        return new Solutions(wov, kqSolution.matrix(), ovSolution, kqSolution, List.copyOf(triples));
    }

    /** W_ov* with one-hot embeddings in closed form: column x is e_{n(x)} − (1/K)·1 (K×K, row-major). */
    public double[] oneHotWov() {
        int k = task.vocab();
        double[] w = new double[k * k];
        for (int x = 0; x < k; x++) {
            for (int i = 0; i < k; i++) {
                w[i * k + x] = (i == data.collocation(x) ? 1 : 0) - 1.0 / k;
            }
        }
        return w;
    }

    /** No reference line: the data are separable, the loss tends to 0 (stage 2 to the floor stage 1 left). */
    @Override
    public List<Reference> references() {
        return List.of();
    }

    /** ln K: a zero-initialised W_ov predicts every token alike. */
    @Override
    public double uniformLoss() {
        return Math.log(task.vocab());
    }

    /** Stage 1 falls from ln 12 = 2.48 to ≈ 0.001 and stage 2 falls geometrically to that floor. */
    @Override
    public boolean lossSpansDecades() {
        return true;
    }
}
