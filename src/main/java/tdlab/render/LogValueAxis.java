package tdlab.render;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * A log value axis whose ticks fall on round numbers: doublings (1, 2, 4, 8) over a short range, whole decades
 * (1, 0.1, 0.01, 1e-4) over a long one. The default ticks are 10^0.5 apart (3.162, 1, 0.316), and the plain
 * "0.###" format prints everything below 0.0005 as 0: a loss falling to 1e-5 read "0, 0, 0".
 */
public final class LogValueAxis {
    private LogValueAxis() {
    }

    /** A log axis labelled {@code label} showing values down to {@code smallest}. */
    public static LogAxis of(String label, double smallest) {
        LogAxis a = new LogAxis(label);
        a.setSmallestValue(smallest);
        TickUnits units = new TickUnits();
        units.add(new NumberTickUnit(Math.log10(2), FORMAT)); // the smallest the labels allow wins
        for (int decades : new int[] {1, 2, 3, 5, 10}) {
            units.add(new NumberTickUnit(decades, FORMAT));
        }
        a.setStandardTickUnits(units);
        a.setNumberFormatOverride(FORMAT);
        return a;
    }

    /** "8", "0.01", "1e-4": whole numbers from 1 on, decimals down to 0.001, then a power of ten's mantissa. */
    static String text(double x) {
        if (!Double.isFinite(x) || x <= 0) {
            return NumberText.of(x, 0);
        }
        if (x >= 1) {
            return NumberText.of(x, 0);
        }
        if (x >= 0.001) {
            String s = String.format(Locale.ROOT, "%.2g", x);
            return s.contains("e") ? s : new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        int e = (int) Math.floor(Math.log10(x) + 1e-9);
        double m = x / Math.pow(10, e);
        String mantissa = Math.abs(m - Math.round(m)) < 0.05 ? Long.toString(Math.round(m))
                : String.format(Locale.ROOT, "%.1f", m);
        return mantissa + "e" + e;
    }

    private static final NumberFormat FORMAT = new NumberFormat() {
        @Override
        public StringBuffer format(double x, StringBuffer to, FieldPosition pos) {
            return to.append(text(x));
        }

        @Override
        public StringBuffer format(long x, StringBuffer to, FieldPosition pos) {
            return format((double) x, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            pos.setIndex(source.length());
            return Double.valueOf(source);
        }
    };
}
