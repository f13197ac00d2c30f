package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.family.classes.ScanSnapKeys;
import tdlab.sim.Frame;
import tdlab.task.classes.SequenceClass;

/** The Fig. 4 rows and the image drawn from them, on a hand-made class of 2 common and 3 distinct tokens. */
class ScanHistoryTest {
    private static final SequenceClass CLASS = new SequenceClass(0, 7, 8, new int[] {0, 1, 2, 3, 4},
            new double[] {0.25, 0.25, 0.1, 0.15, 0.25}, 2);

    private static Frame frame(long step, double... c) {
        Map<String, Double> s = new LinkedHashMap<>();
        for (int j = 0; j < c.length; j++) {
            s.put(ScanSnapKeys.score(CLASS.tokens()[j]), c[j]);
        }
        return new Frame(step, 0, 0, new double[][] {{1}}, 0, new double[6], 0, new double[6], Map.of(), null,
                new int[0], new double[0][][], new double[0][], 0, null, s, null);
    }

    @Test
    void allRowsWhileFewAndAnEvenSpreadPlusTheShownOneWhenMany() {
        assertThat(ScanHistory.rows(5, 2, 60)).containsExactly(0, 1, 2, 3, 4);
        assertThat(ScanHistory.rows(0, 0, 60)).isEmpty();
        // 11 frames into 6 rows: 0, 2, 4, 6, 8, 10, and the shown frame 5 between them
        assertThat(ScanHistory.rows(11, 5, 6)).containsExactly(0, 2, 4, 5, 6, 8, 10);
        assertThat(ScanHistory.rows(11, 4, 6)).containsExactly(0, 2, 4, 6, 8, 10);
        assertThat(ScanHistory.rows(101, 100, 60)).hasSize(60).startsWith(0).endsWith(100);
    }

    @Test
    void valuesByTokenTheShownRowAndARoundScaleTop() {
        List<Frame> frames = new ArrayList<>(List.of(frame(0, 0.25, 0.25, 0.1, 0.15, 0.25),
                frame(2, 0.2, 0.2, 0.05, 0.18, 0.37)));
        ScanHistory h = ScanHistory.of(CLASS, frames, 1, 60);
        assertThat(h.steps()).containsExactly(0, 2);
        assertThat(h.values()[1]).containsExactly(0.2, 0.2, 0.05, 0.18, 0.37);
        assertThat(h.shownRow()).isEqualTo(1);
        assertThat(h.top()).as("0.37 rounded up to a multiple of 0.05").isEqualTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(h.commonMass(0)).isEqualTo(0.5);
        assertThat(h.probability(3)).isEqualTo(0.15);
        assertThat(ScanHistory.scaleTop(0.0645)).isEqualTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ScanHistory.scaleTop(0.05)).isEqualTo(0.05, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theImageColoursEachCellByItsValueLeavesTheGapAndFramesTheShownRow() {
        ScanHistory h = ScanHistory.of(CLASS, List.of(frame(0, 0.25, 0.25, 0.1, 0.15, 0.25),
                frame(2, 0.2, 0.0, 0.05, 0.18, 0.37)), 0, 60);
        Colormap viridis = Colormap.Named.VIRIDIS.load();
        ScanImage.Layout at = ScanImage.layout(h, 10, 6);
        Heatmap.Image img = ScanImage.render(h, viridis, at);
        assertThat(img.width()).isEqualTo(ScanImage.Layout.MARGIN + 5 * 10 + ScanImage.Layout.GAP);
        assertThat(img.height()).isEqualTo(2 * 6 + 2);
        // row 1 (not framed), centre of column 1: c = 0 is the palette's bottom; column 4: 0.37 of top 0.4
        assertThat(img.argb()[(at.y(1) + 3) * img.width() + at.x(1) + 5]).isEqualTo(viridis.argb(0));
        assertThat(img.argb()[(at.y(1) + 3) * img.width() + at.x(4) + 5]).isEqualTo(viridis.argb(0.37 / 0.4));
        // the gap between the common and the distinct tokens is transparent, in a row and between rows
        assertThat(img.argb()[(at.y(1) + 3) * img.width() + at.x(2) - 1]).isZero();
        // the shown row 0 is framed: the line under it, and the marker in the margin
        assertThat(img.argb()[(at.y(0) + 6) * img.width() + at.x(3) + 2]).isEqualTo(0xFFFFFFFF);
        assertThat(img.argb()[(at.y(0) + 3) * img.width() + 2]).isEqualTo(0xFFD55E00);
        assertThat(img.argb()[(at.y(1) + 3) * img.width() + 2]).as("no marker beside another row").isZero();
        // and the layout finds cells back from pixels
        assertThat(at.columnAt(at.x(3) + 4)).isEqualTo(3);
        assertThat(at.columnAt(at.x(2) - 1)).as("the gap").isEqualTo(-1);
        assertThat(at.rowAt(at.y(1) + 5)).isEqualTo(1);
        assertThat(at.rowAt(at.y(1) + 6)).isEqualTo(-1);
    }
}
