package tdlab.ui.dialogs;

/**
 * What a saved preset says about itself: its title and description, as the Save dialog proposes and the user
 * edits them.
 */
public record PresetText(String title, String description) {
    public PresetText {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
    }
}
