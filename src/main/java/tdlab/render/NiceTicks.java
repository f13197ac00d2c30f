package tdlab.render;

import java.util.Arrays;
import java.util.Locale;

/**
 * Round tick values for an axis over [min, max]: a step of 1, 2 or 5 times a power of ten, chosen so that at most
 * {@code maxCount} ticks fit, and every multiple of the step inside the range (ends included). A lesson that says
 * "w &lt; −0.71" needs the axis to read in plain numbers, so the labels carry exactly the decimals the step has.
 *
 * @param step   distance between ticks
 * @param values the ticks, ascending
 */
public record NiceTicks(double step, double[] values) {
    private static final double[] MANTISSAS = {1, 2, 5, 10};

    public NiceTicks {
        values = values.clone();
    }

    /** Ticks for [min, max], at most {@code maxCount} of them (at least two are asked for). */
    public static NiceTicks of(double min, double max, int maxCount) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("needs a finite range min < max, got " + min + ":" + max);
        }
        int count = Math.max(2, maxCount);
        double raw = (max - min) / (count - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double m : MANTISSAS) {
            if (m * magnitude >= raw * (1 - 1e-9)) {
                step = m * magnitude;
                break;
            }
        }
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        while (last < first) { // a short range between two multiples (0.013 … 0.87 in steps of 1): a finer step
            step = finer(step);
            first = (long) Math.ceil(min / step - 1e-9);
            last = (long) Math.floor(max / step + 1e-9);
        }
        double[] v = new double[(int) Math.max(0, last - first + 1)];
        int decimals = decimals(step);
        for (int k = 0; k < v.length; k++) {
            // printed and parsed back: 3 × 0.1 is 0.3, not 0.30000000000000004; and never −0
            v[k] = Double.parseDouble(String.format(Locale.ROOT, "%." + decimals + "f", (first + k) * step)) + 0.0;
        }
        return new NiceTicks(step, v);
    }

    /** The next round step below {@code step}: 1 → 0.5 → 0.2 → 0.1 … */
    private static double finer(double step) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double m = Math.round(step / magnitude);
        return m == 5 ? 2 * magnitude : m == 2 ? magnitude : magnitude / 2;
    }

    /** The ticks for an axis {@code pixels} long with at least {@code spacing} pixels between labels. */
    public static NiceTicks forPixels(double min, double max, double pixels, double spacing) {
        return of(min, max, 1 + (int) Math.floor(pixels / spacing));
    }

    public double[] values() {
        return values.clone();
    }

    /** Tick {@code i} as its label prints it: the step's decimals, a true minus sign. */
    public String label(int i) {
        return String.format(Locale.ROOT, "%." + decimals(step) + "f", values[i]).replace('-', '−');
    }

    /** Decimals that show the step exactly: 0 for 1, 2, 5, 10 …; 1 for 0.5, 0.2; 2 for 0.05 … */
    static int decimals(double step) {
        return Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NiceTicks t && t.step == step && Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(step) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "NiceTicks[step=" + step + ", values=" + Arrays.toString(values) + "]";
    }
}
