package tdlab.render;

import java.util.Locale;

/**
 * A number as a readout or an axis tick prints it. Fixed decimals for the values a healthy run has; a run
 * that blows up reaches 1e77 before it reaches ∞, and "%.3f" then prints eighty digits (a tick label that wide
 * leaves a chart no room to draw in), so from 10⁴ on the value is in engineering notation (three significant
 * digits, the exponent a multiple of 3: 12.3e3, −476e75), and a value that is no number at all reads
 * "diverged".
 */
public final class NumberText {
    /** From here on a value is printed in engineering notation. */
    static final double LARGE = 1e4;

    private NumberText() {
    }

    public static String of(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return "diverged";
        }
        if (Math.abs(x) < LARGE) {
            return String.format(Locale.ROOT, "%." + decimals + "f", x);
        }
        return engineering(x);
    }

    /**
     * As {@link #of}, but a value too small for the decimals to show two significant digits is in engineering
     * notation too: a loss of 2e-5 (S4's floor) reads 20.0e-6, not 0.0000. For losses, not coordinates (a
     * coordinate near 0 is just near 0).
     */
    public static String significant(double x, int decimals) {
        boolean tiny = Double.isFinite(x) && x != 0 && Math.abs(x) < Math.pow(10, 1 - decimals);
        return tiny ? engineering(x) : of(x, decimals);
    }

    private static String engineering(double x) {
        int exponent = 3 * (int) Math.floor(Math.log10(Math.abs(x)) / 3);
        double mantissa = x / Math.pow(10, exponent);
        // three significant digits: 12.3, 123, 1.23 (a mantissa rounded up to 1000 moves to the next exponent)
        String m = String.format(Locale.ROOT, "%.3g", mantissa);
        if (Math.abs(Double.parseDouble(m)) >= 1000) {
            exponent += 3;
            m = String.format(Locale.ROOT, "%.3g", mantissa / 1000);
        }
        return m + "e" + exponent;
    }

    /** Axis ticks: "0.###" for healthy values, engineering notation from 10⁴ on. */
    public static java.text.NumberFormat ticks() {
        return new java.text.NumberFormat() {
            private final java.text.DecimalFormat plain = new java.text.DecimalFormat("0.###",
                    java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));

            @Override
            public StringBuffer format(double x, StringBuffer to, java.text.FieldPosition pos) {
                return to.append(Double.isFinite(x) && Math.abs(x) < LARGE ? plain.format(x) : of(x, 0));
            }

            @Override
            public StringBuffer format(long x, StringBuffer to, java.text.FieldPosition pos) {
                return format((double) x, to, pos);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition pos) {
                return plain.parse(source, pos);
            }
        };
    }
}
