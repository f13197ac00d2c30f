package tdlab.ui.sidebar;

import java.util.Locale;

/** How the sidebar prints numbers: at most four decimals, trailing zeros dropped. */
public final class Format {
    private Format() {
    }

    public static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
