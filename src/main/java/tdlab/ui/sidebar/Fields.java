package tdlab.ui.sidebar;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import tdlab.ui.FieldLabels;
import tdlab.ui.controls.IntSpinner;

/**
 * The sidebar's form controls, each kept in step with a draft property both ways; after an edit the
 * sidebar is told ({@code edited}) so it can re-validate the draft.
 */
final class Fields {
    private final Runnable edited;

    Fields(Runnable edited) {
        this.edited = edited;
    }

    /** A choice among enum values, shown in lower case. */
    <E> ComboBox<E> combo(E[] values, ObjectProperty<E> prop, String tip) {
        ComboBox<E> c = new ComboBox<>();
        c.getItems().setAll(values);
        c.setValue(prop.get());
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : e.toString().toLowerCase(Locale.ROOT);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        c.setTooltip(new Tooltip(tip));
        c.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != prop.get()) {
                prop.set(b);
                edited.run();
            }
        });
        prop.addListener((o, a, b) -> c.setValue(b));
        return c;
    }

    /** A button that edits the draft (several properties at once), then lets the sidebar re-validate it. */
    Button action(String text, String id, String tip, Runnable edit) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            edit.run();
            edited.run();
        });
        return b;
    }

    CheckBox check(String text, BooleanProperty prop, String tip) {
        CheckBox c = new CheckBox(text);
        c.setSelected(prop.get());
        c.setTooltip(new Tooltip(tip));
        c.selectedProperty().addListener((o, a, b) -> {
            prop.set(b);
            edited.run();
        });
        prop.addListener((o, a, b) -> c.setSelected(b));
        return c;
    }

    static Spinner<Integer> intSpinner(int min, int max, int value, String id, String tip) {
        Spinner<Integer> s = IntSpinner.of(min, max, value);
        s.setId(id);
        s.setPrefWidth(110);
        s.setTooltip(new Tooltip(tip));
        return s;
    }

    /** An integer spinner kept in step with the property. */
    Spinner<Integer> spinner(int min, int max, IntegerProperty prop, String id, String tip) {
        Spinner<Integer> s = intSpinner(min, max, prop.get(), id, tip);
        s.valueProperty().addListener((o, a, b) -> {
            prop.set(b);
            edited.run();
        });
        prop.addListener((o, a, b) -> s.getValueFactory().setValue(b.intValue()));
        return s;
    }

    /** A decimal field: commits on Enter or focus loss; an invalid entry is marked and not taken. */
    TextField number(DoubleProperty prop, String id, String tip) {
        return parsed(id, tip, () -> Format.number(prop.get()), text -> {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException("not finite");
            }
            prop.set(v);
        }, prop);
    }

    /**
     * A text field whose text {@code set} parses into the draft (throwing NumberFormatException when it
     * cannot); it shows {@code current} again whenever {@code source} changes while it is not being edited.
     */
    TextField parsed(String id, String tip, Supplier<String> current, Consumer<String> set, Observable source) {
        TextField f = new TextField(current.get());
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setTooltip(new Tooltip(tip));
        Runnable commit = () -> {
            try {
                set.accept(f.getText().strip());
                f.getStyleClass().remove("invalid");
                f.setTooltip(new Tooltip(tip));
                edited.run();
            } catch (NumberFormatException e) {
                if (!f.getStyleClass().contains("invalid")) {
                    f.getStyleClass().add("invalid");
                }
                f.setTooltip(new Tooltip("\"" + f.getText() + "\" is not a number. " + tip));
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                commit.run();
            }
        });
        source.addListener(o -> {
            if (!f.isFocused()) {
                f.setText(current.get());
            }
        });
        return f;
    }

    /**
     * A labelled text field for a family editor whose draft checks each entry: committed on Enter or focus loss
     * through {@code set}, it shows {@code text} (the valid value) and, under it, {@code error} (the refusal of the
     * last entry, or null). The field's id is {@code id}; the message's {@code errorId}; labels take at least
     * {@code labelWidth}, so a form's fields line up.
     */
    static VBox checkedText(String label, double labelWidth, String id, String errorId, String tip,
                            ReadOnlyStringProperty text, ReadOnlyStringProperty error, Consumer<String> set) {
        TextField field = new TextField(text.get());
        field.setId(id);
        field.setPrefColumnCount(8);
        field.setTooltip(new Tooltip(tip));
        field.setOnAction(e -> set.accept(field.getText()));
        field.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                set.accept(field.getText());
            }
        });
        text.addListener((o, a, b) -> field.setText(b));
        Label message = errorText(errorId, error);
        error.addListener((o, a, b) -> {
            field.getStyleClass().remove("invalid");
            if (b != null) {
                field.getStyleClass().add("invalid");
            } else {
                field.setText(text.get()); // a reset dropped the refused text: show the value again
            }
        });
        return new VBox(2, labelled(label, field, labelWidth), message);
    }

    /** A refusal message under a field: shown (and taking room) only while {@code error} is not null. */
    static Label errorText(String id, ReadOnlyStringProperty error) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.getStyleClass().add("error-text");
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** A control with the sidebar's label for its preset field ({@link FieldLabels}) in front. */
    static HBox field(String path, Node control) {
        return labelled(FieldLabels.label(path), control);
    }

    /** A control with its label in front. */
    static HBox labelled(String text, Node control) {
        return labelled(text, control, 90);
    }

    /** A control with its label in front, the label at least {@code minWidth} wide. */
    static HBox labelled(String text, Node control, double minWidth) {
        Label l = new Label(text);
        l.setMinWidth(minWidth);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
