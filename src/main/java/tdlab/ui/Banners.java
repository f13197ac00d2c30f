package tdlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The two bars above the panels: the preset's description, and the divergence notice with its rollback. */
final class Banners {
    private Banners() {
    }

    /** Shown while the run has diverged: why, what usually helps, and the rollback. */
    static HBox divergence(SessionViewModel vm) {
        Label text = new Label();
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button rollback = new Button("Roll back to the last finite frame");
        rollback.setId("rollback");
        rollback.setOnAction(e -> vm.rollback());
        HBox banner = bar("divergence-banner", "banner", text, rollback);
        vm.divergenceProperty().addListener((o, a, b) -> {
            show(banner, b != null);
            text.setText(b == null ? "" : "Training stopped: " + b + ". This usually means the learning rate is too"
                    + " high for the current scale of the parameters: lower it in Training, or roll back.");
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

    private static HBox bar(String id, String styleClass, Label text, Button button) {
        HBox bar = new HBox(8, text, button);
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
