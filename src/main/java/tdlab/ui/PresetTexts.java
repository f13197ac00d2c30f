package tdlab.ui;

import tdlab.preset.Preset;
import tdlab.ui.dialogs.PresetText;

/**
 * The words an edited setup carries: the description banner and the title and description the Save dialog
 * proposes. An edited setup is no longer what its preset's description describes, so both say where it came
 * from instead of repeating the old text as if it still held.
 */
final class PresetTexts {
    static final String EDITED = " (edited)";

    private PresetTexts() {
    }

    /** The banner above the panels; null when there is nothing to say. */
    static String banner(Preset p, String editedFrom) {
        if (editedFrom != null) {
            return "Edited from “" + editedFrom + "”: the settings changed since it was loaded, so its description"
                    + " may no longer fit." + (p.description().isBlank() ? "" : " It said: " + p.description());
        }
        return p.description().isBlank() ? null : p.title() + ": " + p.description();
    }

    /** What the Save dialog starts from: the preset's own words, or for an edited setup words that say so. */
    static PresetText proposed(Preset p, String editedFrom) {
        if (editedFrom == null) {
            return new PresetText(p.title(), p.description());
        }
        String title = p.title().endsWith(EDITED) ? p.title() : p.title() + EDITED;
        String description = "Edited from “" + editedFrom + "”."
                + (p.description().isBlank() ? "" : " Its description, which may not fit the changed settings: "
                + p.description());
        return new PresetText(title, description);
    }
}
