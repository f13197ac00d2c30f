package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import tdlab.json.JsonFields;

/** {@code "view": {"palette", "theme", "panels", "timeline_step"}}, optional. */
final class ViewSection {
    static final String PALETTE = "palette";
    static final String THEME = "theme";
    static final String PANELS = "panels";
    static final String TIMELINE_STEP = "timeline_step";

    private ViewSection() {
    }

    static ViewSettings read(JsonFields f) {
        ViewSettings d = ViewSettings.DEFAULT;
        String palette = f.text(PALETTE, d.palette(), 32);
        boolean themeSet = f.has(THEME); // absent: the user's theme stays
        String theme = themeSet ? f.text(THEME, ViewSettings.WRITTEN_THEME, 16) : null;
        List<String> panels = SectionJson.readNames(f, PANELS, 16);
        Long step = f.longValue(TIMELINE_STEP, -1L);
        f.rejectUnknown();
        if (palette == null || panels == null || step == null) {
            return null;
        }
        return JsonFields.guard(f.problems(), () -> new ViewSettings(palette, theme, panels, step));
    }

    static void write(ViewSettings view, ObjectNode n) {
        n.put(PALETTE, view.palette());
        n.put(THEME, view.theme() == null ? ViewSettings.WRITTEN_THEME : view.theme());
        SectionJson.writeNames(n, PANELS, view.panels());
        n.put(TIMELINE_STEP, view.timelineStep());
    }
}
