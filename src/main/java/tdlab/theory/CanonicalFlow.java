package tdlab.theory;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;

/**
 * Gradient flow of the canonical model with the bias held at its optimum: ė = −∂L/∂e, ẇ = −∂L/∂w at
 * b = b*(e, w) (by the envelope theorem, the gradient of L(e, w, b*(e, w))). Integrated with Hipparchus'
 * adaptive Dormand–Prince 5(4): the valley of global minima is stiff across and flat along, so a fixed
 * step either crawls or oscillates out of it.
 */
public final class CanonicalFlow {
    private final CanonicalTheory theory;
    private final double tolerance;

    /** @param tolerance absolute and relative local error per step */
    public CanonicalFlow(CanonicalTheory theory, double tolerance) {
        this.theory = theory;
        this.tolerance = tolerance;
    }

    /** −∇ of L(e, w, b*) at (e, w). */
    public double[] velocity(double e, double w) {
        double[] g = theory.gradient(e, w, theory.optimalBias(e, w));
        return new double[] {-g[0], -g[1]};
    }

    /**
     * The flow's path from (e, w): points (e, w) at the end of every accepted solver step until
     * {@code horizon} or until the speed falls below {@code stopSpeed}, at most {@code maxPoints} of them.
     */
    public List<double[]> path(double e, double w, double horizon, double stopSpeed, int maxPoints) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {e, w});
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-14, 0.5, tolerance, tolerance);
        integrator.addStepHandler((org.hipparchus.ode.sampling.ODEStepHandler) (interpolator) -> {
            if (points.size() < maxPoints) {
                double[] y = interpolator.getCurrentState().getPrimaryState();
                points.add(new double[] {y[0], y[1]});
            }
        });
        double[] x = {e, w};
        double t = 0;
        double chunk = 0.25;
        while (t < horizon && points.size() < maxPoints) {
            double end = Math.min(horizon, t + chunk);
            x = integrator.integrate(ode(), new ODEState(t, x), end).getPrimaryState();
            t = end;
            chunk *= 2;
            double[] v = velocity(x[0], x[1]);
            if (Math.hypot(v[0], v[1]) < stopSpeed) {
                break;
            }
        }
        return points;
    }

    private OrdinaryDifferentialEquation ode() {
        return new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return velocity(y[0], y[1]);
            }
        };
    }

    /**
     * Integrates from (e, w) up to time {@code horizon}, stopping early once {@code stop} holds for the
     * state (e, w), checked at geometrically spaced times 0.25, 0.75, 1.75, .... Returns the end point.
     */
    public double[] integrate(double e, double w, double horizon, java.util.function.Predicate<double[]> stop) {
        OrdinaryDifferentialEquation ode = ode();
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-14, 100, tolerance, tolerance);
        double[] x = {e, w};
        double t = 0;
        double chunk = 0.25;
        while (t < horizon) {
            double end = Math.min(horizon, t + chunk);
            x = integrator.integrate(ode, new ODEState(t, x), end).getPrimaryState();
            t = end;
            chunk *= 2;
            if (stop.test(x)) {
                break;
            }
        }
        return x;
    }
}
