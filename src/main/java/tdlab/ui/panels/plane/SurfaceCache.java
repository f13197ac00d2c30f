package tdlab.ui.panels.plane;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.analysis.LossSurface;
import tdlab.train.RunConfig;

/**
 * The last few loss planes, by everything that decides them: the run's configuration (its fixed batch and model),
 * the directions' kind and the parameters of the path up to the shown frame. A plane is a pure function of these,
 * so a preset opened again, or a timeline scrubbed back to a frame already drawn, shows its plane at once instead
 * of seconds of evaluations (S5c's 41×41 grid took about 6 s). Used from the plane's single worker thread only.
 */
final class SurfaceCache {
    static final int CAPACITY = 16;
    private final Map<Key, LossSurface> entries = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, LossSurface> eldest) {
            return size() > CAPACITY;
        }
    };

    /** What decides a plane; arrays compared by content. */
    static final class Key {
        private final RunConfig run;
        private final PlaneViewModel.Directions directions;
        private final double[][] path;
        private final int hash;

        Key(RunConfig run, PlaneViewModel.Directions directions, List<double[]> path) {
            this.run = run;
            this.directions = directions;
            this.path = path.toArray(double[][]::new);
            this.hash = 31 * (31 * run.hashCode() + directions.hashCode()) + Arrays.deepHashCode(this.path);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && directions == k.directions && run.equals(k.run)
                    && Arrays.deepEquals(path, k.path);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    LossSurface get(Key k) {
        return entries.get(k);
    }

    void put(Key k, LossSurface s) {
        entries.put(k, s);
    }

    int size() {
        return entries.size();
    }
}
