package tdlab.ui.panels.plane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.analysis.LossPlane;
import tdlab.analysis.LossSurface;
import tdlab.analysis.PlaneDirections;
import tdlab.sim.Runs;
import tdlab.train.RunConfig;

class SurfaceCacheTest {
    private static final RunConfig S1A = Runs.preset("s1a-local-to-global-pq-below-one");

    private static LossSurface surface(double shift) {
        double[] centre = {1, shift, 0};
        PlaneDirections d = PlaneDirections.pca(List.of(new double[] {0, 0, 0}, new double[] {1, 0.5, 0}, centre),
                centre, 7);
        return LossPlane.compute(centre, d, List.of(centre), null, 5, p -> p[0] * p[0] + p[1], () -> false);
    }

    @Test
    void aPlaneIsFoundAgainByTheContentOfWhatDecidesIt() {
        SurfaceCache cache = new SurfaceCache();
        LossSurface s = surface(0.3);
        List<double[]> path = List.of(new double[] {0.1, 0.2, 0.3}, new double[] {0.4, 0.5, 0.6});
        cache.put(new SurfaceCache.Key(S1A, PlaneViewModel.Directions.PCA, path), s);
        List<double[]> samePath = List.of(new double[] {0.1, 0.2, 0.3}, new double[] {0.4, 0.5, 0.6});
        assertThat(cache.get(new SurfaceCache.Key(Runs.preset("s1a-local-to-global-pq-below-one"),
                PlaneViewModel.Directions.PCA, samePath))).isSameAs(s);
        List<double[]> otherPath = List.of(new double[] {0.1, 0.2, 0.3}, new double[] {0.4, 0.5, 0.61});
        assertThat(cache.get(new SurfaceCache.Key(S1A, PlaneViewModel.Directions.PCA, otherPath))).isNull();
        assertThat(cache.get(new SurfaceCache.Key(S1A.withSeed(2), PlaneViewModel.Directions.PCA, path))).isNull();
        assertThat(cache.get(new SurfaceCache.Key(S1A, PlaneViewModel.Directions.RANDOM, path))).isNull();
    }

    @Test
    void itKeepsTheMostRecentlyUsedPlanesOnly() {
        SurfaceCache cache = new SurfaceCache();
        LossSurface s = surface(0.1);
        for (int i = 0; i <= SurfaceCache.CAPACITY; i++) {
            cache.put(new SurfaceCache.Key(S1A.withSeed(i), PlaneViewModel.Directions.PCA, List.of()), s);
            if (i == 1) {
                cache.get(new SurfaceCache.Key(S1A.withSeed(0), PlaneViewModel.Directions.PCA, List.of()));
            }
        }
        assertThat(cache.size()).isEqualTo(SurfaceCache.CAPACITY);
        assertThat(cache.get(new SurfaceCache.Key(S1A.withSeed(0), PlaneViewModel.Directions.PCA, List.of())))
                .as("used recently").isSameAs(s);
        assertThat(cache.get(new SurfaceCache.Key(S1A.withSeed(1), PlaneViewModel.Directions.PCA, List.of())))
                .as("the eldest").isNull();
    }
}
