package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spans heatmap's pixels for a hand-made history. */
class SpanImageTest {
    private final Colormap palette = Colormap.Named.VIRIDIS.load();

    @Test
    void rowsAreBlocksNewestOnTopAndColumnsShareTheWidthEvenlyByFrame() {
        // one head, three blocks (oldest = 0), two frames: uniform, then all mass on block 3 (the newest)
        double[][][] mass = {{{1 / 3.0, 0}, {1 / 3.0, 0}, {1 / 3.0, 1}}};
        Heatmap.Image img = SpanImage.render(SpanHistory.of(new long[] {0, 10}, mass), 0, palette, 8, 2);
        assertThat(img.width()).isEqualTo(8);
        assertThat(img.height()).isEqualTo(3 * 2);
        int top = palette.argb(1);
        int bottom = palette.argb(0);
        // frame 1 covers columns 4..7: row 0 (block 3) is the palette's top colour, rows 1 and 2 its bottom colour
        for (int x = 4; x < 8; x++) {
            for (int y = 0; y < 2; y++) {
                assertThat(img.argb()[y * 8 + x]).as("block 3 at (%d, %d)", x, y).isEqualTo(top);
            }
            for (int y = 2; y < 6; y++) {
                assertThat(img.argb()[y * 8 + x]).as("older blocks at (%d, %d)", x, y).isEqualTo(bottom);
            }
        }
        // frame 0 covers columns 0..3, every block at a third
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 6; y++) {
                assertThat(img.argb()[y * 8 + x]).isEqualTo(palette.argb(1 / 3.0));
            }
        }
    }

    @Test
    void aLongerHistoryThanTheWidthIsSampledNotCropped() {
        // 10 frames in 5 columns: column x shows frame 2x, so the newest frames reach the right edge
        double[] newest = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1};
        double[][][] mass = {{new double[10], newest}};
        long[] steps = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Heatmap.Image img = SpanImage.render(SpanHistory.of(steps, mass), 0, palette, 5, 1);
        for (int x = 0; x < 5; x++) {
            assertThat(img.argb()[x]).isEqualTo(palette.argb(newest[2 * x]));
        }
    }
}
