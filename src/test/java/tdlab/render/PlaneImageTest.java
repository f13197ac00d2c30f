package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.analysis.LossPlane;
import tdlab.analysis.LossSurface;
import tdlab.analysis.PlaneDirections;
import tdlab.analysis.PlaneExtent;

class PlaneImageTest {
    /** f(θ) = (θ0 − 1)² + 4θ1² on the plane spanned by the two coordinate axes, centred at 0. */
    private static LossSurface bowl(List<double[]> trajectory) {
        PlaneDirections axes = new PlaneDirections(new double[] {1, 0}, new double[] {0, 1}, "axes", 1);
        return LossPlane.compute(new double[] {0, 0}, axes, trajectory, new PlaneExtent(-2, 2, -1, 1), 41,
                t -> (t[0] - 1) * (t[0] - 1) + 4 * t[1] * t[1], () -> false);
    }

    @Test
    void pixelsAndPlaneCoordinatesAreInverse() {
        LossSurface s = bowl(List.of());
        double[] p = PlaneImage.pixel(s, 0.5, -0.25, 400, 200);
        assertThat(p[0]).isCloseTo(250, within(1e-9));
        assertThat(p[1]).isCloseTo(125, within(1e-9));
        double[] back = PlaneImage.coordinates(s, p[0], p[1], 400, 200);
        assertThat(back[0]).isCloseTo(0.5, within(1e-12));
        assertThat(back[1]).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void theMinimumIsDarkestAndTheShownPointIsMarked() {
        LossSurface s = bowl(List.of(new double[] {-1.5, 0.5}, new double[] {1, 0}));
        Colormap viridis = Colormap.load("viridis");
        BufferedImage img = PlaneImage.render(s, 400, 200, viridis, 0);
        // the bowl's bottom (α = 1, β = 0) gets the colour map's low end, a far corner its top
        double[] bottom = PlaneImage.pixel(s, 1.3, 0.3, 400, 200); // beside the end marker, off the trail
        assertThat(img.getRGB((int) bottom[0], (int) bottom[1])).isNotEqualTo(img.getRGB(5, 5));
        double[] range = PlaneImage.colourRange(s);
        assertThat(range[0]).isCloseTo(0, within(1e-9));
        // marking the shown point: the first point (−1.5, 0.5) is drawn in the "now" colour when shown
        double[] first = PlaneImage.pixel(s, -1.5, 0.5, 400, 200);
        int now = PlaneImage.render(s, 400, 200, viridis, 0).getRGB((int) first[0], (int) first[1]);
        int notShown = PlaneImage.render(s, 400, 200, viridis, 1).getRGB((int) first[0], (int) first[1]);
        assertThat(now).isNotEqualTo(notShown);
    }
}
