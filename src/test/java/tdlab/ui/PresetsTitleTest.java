package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Examples menu's titles, read alone before the first frame, are those of the presets read whole. */
class PresetsTitleTest {

    @Test
    void everyExamplesTitleIsItsPresets() {
        for (String name : Presets.GALLERY) {
            assertThat(Presets.title(name)).as(name).isEqualTo(Presets.load(name).title()).isNotBlank();
        }
    }
}
