package tdlab.ui.controls;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * An editable integer spinner that cannot be put into a bad state by typing: the text accepts only an
 * optional minus and digits, text that is not a number (empty) keeps the current value, and a number out
 * of range snaps to the nearest bound; on leaving the field the text shows the value actually taken.
 * (A plain editable Spinner throws NumberFormatException on the FX thread and keeps showing the bad text.)
 */
public final class IntSpinner {
    private IntSpinner() {
    }

    public static Spinner<Integer> of(int min, int max, int value, int step) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value, step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        Spinner<Integer> s = new Spinner<>(factory);
        s.setEditable(true);
        s.getEditor().setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("-?\\d{0,10}") ? c : null));
        s.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                s.getEditor().setText(factory.getConverter().toString(factory.getValue()));
            }
        });
        return s;
    }

    public static Spinner<Integer> of(int min, int max, int value) {
        return of(min, max, value, 1);
    }
}
