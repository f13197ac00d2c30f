package tdlab.preset;

import java.util.List;
import tdlab.task.ConfigException;

/**
 * What the window shows for a preset.
 *
 * @param palette      attention colour map: viridis, cividis or grey
 * @param theme        light or dark; null where the preset leaves the theme to the user (no {@code view.theme}):
 *                     the window keeps the one it has, since a teacher's dark room outlasts any one preset
 * @param panels       visible panels (empty: all of them)
 * @param timelineStep the recorded step the timeline shows after loading and training to it (−1: follow)
 */
public record ViewSettings(String palette, String theme, List<String> panels, long timelineStep) {
    public static final List<String> PALETTES = List.of("viridis", "cividis", "grey");
    public static final List<String> THEMES = List.of("light", "dark");
    public static final List<String> PANELS = List.of("loss", "parameters", "attention", "predictions", "landscape",
            "plane", "phase", "ladder", "spans", "scan", "masses", "decoder", "lrsweep", "relevance", "headattention",
            "headsweep", "directions", "norms", "optattention", "accuracy", "order");
    public static final ViewSettings DEFAULT = new ViewSettings("viridis", null, List.of(), -1);
    /**
     * What a written preset says when it leaves the theme to the user: format version 1 has always named a
     * theme (the golden files pin it), and light is what a window opens with.
     */
    public static final String WRITTEN_THEME = "light";

    public ViewSettings {
        ConfigException.require(PALETTES.contains(palette), "view.palette", "must be one of " + PALETTES + ", got "
                + palette);
        ConfigException.require(theme == null || THEMES.contains(theme), "view.theme", "must be one of " + THEMES
                + ", got " + theme);
        panels = List.copyOf(panels);
        for (String p : panels) {
            ConfigException.require(PANELS.contains(p), "view.panels", "\"" + p + "\" is not a panel; use " + PANELS);
        }
        ConfigException.require(timelineStep >= -1, "view.timeline_step", "must be ≥ 0, or −1 to follow the run");
    }
}
