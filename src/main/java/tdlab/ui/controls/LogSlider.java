package tdlab.ui.controls;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;

/**
 * A slider over decades bound both ways to a positive value: moving it sets 10^position, and a value typed
 * elsewhere moves it (0 or a negative value leaves it where it is: it has no decade). For scales that matter by
 * their order of magnitude, such as a query init of 1e−9 against 1e−3.
 */
public final class LogSlider extends Slider {
    private boolean syncing;

    public LogSlider(DoubleProperty value, int minExponent, int maxExponent, String tooltip) {
        super(minExponent, maxExponent, clamp(value.get(), minExponent, maxExponent));
        setMajorTickUnit(1);
        setMinorTickCount(0);
        setShowTickMarks(true);
        setTooltip(new Tooltip(tooltip));
        valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                try {
                    value.set(round(Math.pow(10, b.doubleValue())));
                } finally {
                    syncing = false;
                }
            }
        });
        value.addListener((o, a, b) -> {
            if (!syncing && b.doubleValue() > 0) {
                syncing = true;
                try {
                    setValue(clamp(b.doubleValue(), minExponent, maxExponent));
                } finally {
                    syncing = false;
                }
            }
        });
    }

    private static double clamp(double v, int lo, int hi) {
        return v > 0 ? Math.max(lo, Math.min(hi, Math.log10(v))) : lo;
    }

    /** Three significant digits: a dragged slider gives 1.23e-4, not 1.2345678e-4, in the field beside it. */
    private static double round(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v));
    }
}
