package tdlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import tdlab.preset.ViewSettings;

/**
 * The window's look: light or dark stylesheets over the shared one, presenter mode's large type (a style
 * class on the window's content) and the palette for magnitudes. Properties, so the menu's toggles and the panels
 * follow whoever sets them: the user, a preset, or the command line.
 */
public final class ThemeManager {
    static final String PRESENTER = "presenter";
    private final Scene scene;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty presenter = new SimpleBooleanProperty();
    private final StringProperty palette = new SimpleStringProperty(ViewSettings.DEFAULT.palette());

    /**
     * @param content what presenter mode enlarges: the window less its menu bar, which presenter mode hides.
     *                A MenuBar keeps the large font it inherited after the style class that set it is removed
     *                (its menus' labels are not restyled), so the menu bar must never inherit it.
     */
    ThemeManager(Scene scene, Node content) {
        this.scene = scene;
        dark.addListener((o, a, b) -> applyStylesheets());
        presenter.addListener((o, a, b) -> {
            if (b) {
                content.getStyleClass().add(PRESENTER);
            } else {
                content.getStyleClass().remove(PRESENTER);
            }
            content.applyCss(); // the new type now, not at the next pulse: the window's layout follows at once
        });
        applyStylesheets();
    }

    private void applyStylesheets() {
        scene.getStylesheets().setAll(css("app.css"), css(dark.get() ? "dark.css" : "light.css"));
    }

    private static String css(String name) {
        return ThemeManager.class.getResource("/tdlab/assets/css/" + name).toExternalForm();
    }

    /**
     * A preset's palette, and its theme where it sets one. Presenter mode is never a preset's: it belongs to
     * the person at the projector.
     */
    void apply(ViewSettings view) {
        palette.set(view.palette());
        if (view.theme() != null) {
            dark.set("dark".equals(view.theme()));
        }
    }

    /** The look as a preset records it, with these panels and timeline position. */
    ViewSettings viewSettings(java.util.List<String> panels, long timelineStep) {
        return new ViewSettings(palette.get(), dark.get() ? "dark" : "light", panels, timelineStep);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Presenter mode: large type (the window also hides its chrome). */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** Name of the sequential palette (viridis, cividis, grey). */
    public StringProperty paletteProperty() {
        return palette;
    }
}
