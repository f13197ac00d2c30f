package tdlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The settings sidebar that folds to a narrow strip, so that on a projector's 1024×768 or 1280×720 the panels get
 * the width. The strip keeps a button and a vertical "Settings" label; View → Settings sidebar (Shortcut+B: ⌘B on macOS, Ctrl+B elsewhere) and the
 * two buttons toggle it.
 */
final class SidebarDock extends BorderPane {
    /** Below this window width the sidebar starts folded: the panels need the room more. */
    static final double FOLD_BELOW_WIDTH = 1100;
    private final BooleanProperty collapsed = new SimpleBooleanProperty();
    private final Node sidebar;
    private final VBox strip;
    private final VBox open;

    SidebarDock(Node sidebar) {
        this.sidebar = sidebar;
        setId("sidebar-dock");
        Button hide = iconButton("mdi2c-chevron-double-left", "sidebar-hide", "Fold the settings to a strip (" + KeyNames.here().shortcut("B") + ").");
        HBox top = new HBox(hide);
        top.setAlignment(Pos.CENTER_RIGHT);
        top.setPadding(new Insets(2, 4, 0, 4));
        open = new VBox(top, sidebar);
        VBox.setVgrow(sidebar, javafx.scene.layout.Priority.ALWAYS);
        Button show = iconButton("mdi2c-chevron-double-right", "sidebar-show", "Show the settings (" + KeyNames.here().shortcut("B") + ").");
        Label title = new Label("Settings");
        title.setRotate(-90);
        strip = new VBox(8, show, new Group(title));
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setPadding(new Insets(4, 2, 4, 2));
        strip.setId("sidebar-strip");
        hide.setOnAction(e -> collapsed.set(true));
        show.setOnAction(e -> collapsed.set(false));
        collapsed.addListener((o, a, b) -> setCenter(b ? strip : open));
        setCenter(open);
    }

    private static Button iconButton(String icon, String id, String tip) {
        Button b = new Button();
        b.setGraphic(new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    /** Another view in the sidebar's place (the lesson editor), unfolded; {@link #showSidebar} puts the sidebar back. */
    void showInstead(Node other) {
        VBox.setVgrow(other, javafx.scene.layout.Priority.ALWAYS);
        open.getChildren().set(1, other);
        collapsed.set(false);
    }

    void showSidebar() {
        open.getChildren().set(1, sidebar);
    }

    BooleanProperty collapsedProperty() {
        return collapsed;
    }

    Node sidebar() {
        return sidebar;
    }
}
