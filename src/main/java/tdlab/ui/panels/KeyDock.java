package tdlab.ui.panels;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * Where a square picture's key goes: beside the picture where the panel is wide enough for the key to take
 * nothing from the picture (its side is set by the height then), under it otherwise. On a projector's 1280×720
 * the panels are wide and low, and a key under the picture would shrink it to a stamp.
 */
public final class KeyDock {
    /** The key's width beside the picture: its longest entry. */
    public static final double SIDE_WIDTH = 236;
    private final Pane side;
    private final VBox under;
    private final ReadOnlyBooleanWrapper besideNow = new ReadOnlyBooleanWrapper();
    private FlowPane key;
    private Boolean beside;

    /** {@code side}: the box beside the picture (key last); {@code under}: the box under it (key first). */
    public KeyDock(Pane side, VBox under) {
        this.side = side;
        this.under = under;
    }

    /** Shows this key (a new one replaces the old in the same place). */
    public void show(FlowPane next) {
        if (key != null) {
            side.getChildren().remove(key);
            under.getChildren().remove(key);
        }
        key = next;
        Boolean was = beside;
        beside = null;
        fit(was != null && was);
    }

    /** The panel's size changed: the key beside the picture when it is this much wider than high. */
    public void fit(double width, double height) {
        fit(width - SIDE_WIDTH > height);
    }

    private void fit(boolean nowBeside) {
        if (key == null || Boolean.valueOf(nowBeside).equals(beside)) {
            return;
        }
        beside = nowBeside;
        side.getChildren().remove(key);
        under.getChildren().remove(key);
        key.setPrefWrapLength(nowBeside ? SIDE_WIDTH : 400);
        if (nowBeside) {
            side.getChildren().add(key);
        } else {
            under.getChildren().add(0, key);
        }
        besideNow.set(nowBeside);
    }

    /** Whether the key is beside the picture: a view may move more there (what else takes the picture's height). */
    public ReadOnlyBooleanProperty besideProperty() {
        return besideNow.getReadOnlyProperty();
    }

}
