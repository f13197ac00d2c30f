package tdlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The two bars above the panels: the preset's description, and the divergence notice with its ways back. */
final class Banners {
    private Banners() {
    }

    /** What the "lower learning rate" way back multiplies every group's rate by. */
    static final double LOWER_LEARNING_RATE = 0.1;

    /**
     * Shown while the run has diverged: why, what usually helps, and three labelled ways on: back to the last
     * finite frame, the same with every learning rate ×0.1 (the usual cure), or dismiss the notice and look at
     * the diverged run. A new divergence shows it again. {@code rollBack} takes the learning rates' factor (1 or
     * {@link #LOWER_LEARNING_RATE}) and makes the undoable edit.
     */
    static HBox divergence(SessionViewModel vm, java.util.function.DoubleConsumer rollBack) {
        Label text = new Label();
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setPrefWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button rollback = new Button();
        rollback.setId("rollback");
        rollback.setOnAction(e -> rollBack.accept(1));
        Button lower = new Button("Lower learning rate ×0.1 and roll back");
        lower.setId("rollback-lower-lr");
        lower.setTooltip(new Tooltip("Every parameter group's learning rate times 0.1, then back to the last finite"
                + " frame (the preset records the new rates)."));
        lower.setOnAction(e -> rollBack.accept(LOWER_LEARNING_RATE));
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismiss-divergence");
        dismiss.setTooltip(new Tooltip("Hide this notice and keep the diverged run to look at (Reset starts over)."));
        HBox banner = bar("divergence-banner", "banner", text, rollback, lower, dismiss);
        dismiss.setOnAction(e -> show(banner, false));
        vm.divergenceProperty().addListener((o, a, b) -> {
            show(banner, b != null);
            long to = vm.rollbackStep();
            rollback.setText(to >= 0 ? "Roll back to step " + to : "Roll back");
            rollback.setDisable(to < 0);
            lower.setDisable(to < 0);
            text.setText(b == null ? "" : "Training stopped: " + b + ". This usually means the learning rate is too"
                    + " high for the current scale of the parameters.");
        });
        show(banner, false);
        return banner;
    }

    /** The preset's description until the user closes it; {@link Description#show} sets it. */
    static final class Description {
        private final Label text = new Label();
        private final HBox bar;

        Description() {
            text.setWrapText(true);
            // at most four lines: on a projector's 768 or 720 pixels the panels need the height; the rest is one
            // hover (or Help → About this preset) away
            text.maxHeightProperty().bind(text.fontProperty().map(f -> 4.4 * f.getSize() * 1.25));
            text.setTooltip(new Tooltip());
            text.getTooltip().setWrapText(true);
            text.getTooltip().setMaxWidth(640);
            text.getTooltip().textProperty().bind(text.textProperty());
            // wrap at the width the row leaves beside the close button, not at the text's one-line width
            text.setMinWidth(0);
            text.setPrefWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button close = new Button("×");
            close.setTooltip(new Tooltip("Hide the description (Help → About this preset shows it again)."));
            close.setOnAction(e -> show(null));
            bar = bar("info-banner", "info-banner", text, close);
            show(null);
        }

        HBox view() {
            return bar;
        }

        /** Shows this text; null hides the bar. */
        void show(String description) {
            text.setText(description == null ? "" : description);
            Banners.show(bar, description != null);
        }
    }

    private static HBox bar(String id, String styleClass, Label text, Button... buttons) {
        HBox bar = new HBox(8, text);
        bar.getChildren().addAll(buttons);
        bar.setId(id);
        bar.getStyleClass().add(styleClass);
        bar.setPadding(new Insets(6));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void show(HBox bar, boolean on) {
        bar.setVisible(on);
        bar.setManaged(on);
    }
}
