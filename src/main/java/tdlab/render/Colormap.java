package tdlab.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A colour scale as a 256-entry ARGB lookup table, interpolated linearly between the anchor colours of a
 * CSV file in {@code assets/colormaps/} ("r,g,b" per line, '#' comments). Immutable.
 */
public final class Colormap {
    private final String name;
    private final int[] lut;

    private Colormap(String name, int[] lut) {
        this.name = name;
        this.lut = lut;
    }

    /** The colour maps that ship with the app. */
    public enum Named {
        VIRIDIS("viridis"), CIVIDIS("cividis"), GREY("grey"), BLUE_WHITE_ORANGE("blue-white-orange");

        private final String file;

        Named(String file) {
            this.file = file;
        }

        public Colormap load() {
            return Colormap.load(file);
        }

        public boolean diverging() {
            return this == BLUE_WHITE_ORANGE;
        }

        @Override
        public String toString() {
            return file;
        }
    }

    public static Colormap load(String name) {
        String path = "/tdlab/assets/colormaps/" + name + ".csv";
        try (InputStream in = Colormap.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no colour map " + name + " (" + path + ")");
            }
            List<int[]> anchors = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split(",");
                anchors.add(new int[] {Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()),
                    Integer.parseInt(p[2].strip())});
            }
            return fromAnchors(name, anchors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Colormap fromAnchors(String name, List<int[]> anchors) {
        if (anchors.size() < 2) {
            throw new IllegalArgumentException("a colour map needs at least 2 anchors: " + name);
        }
        int[] lut = new int[256];
        int segments = anchors.size() - 1;
        for (int i = 0; i < 256; i++) {
            double x = i / 255.0 * segments;
            int s = Math.min(segments - 1, (int) x);
            double f = x - s;
            int[] a = anchors.get(s);
            int[] b = anchors.get(s + 1);
            int r = (int) Math.round(a[0] + f * (b[0] - a[0]));
            int g = (int) Math.round(a[1] + f * (b[1] - a[1]));
            int bl = (int) Math.round(a[2] + f * (b[2] - a[2]));
            lut[i] = 0xFF000000 | r << 16 | g << 8 | bl;
        }
        return new Colormap(name, lut);
    }

    public String name() {
        return name;
    }

    /** ARGB colour of x ∈ [0, 1] (clamped; NaN gives the lowest colour). */
    public int argb(double x) {
        if (!(x > 0)) {
            return lut[0];
        }
        return lut[x >= 1 ? 255 : (int) (x * 255 + 0.5)];
    }

    /** A vertical colour bar for legends: the top row is colour 1, the bottom row colour 0. */
    public Heatmap.Image verticalBar(int width, int height) {
        int[] px = new int[width * height];
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(px, y * width, (y + 1) * width, argb(1 - y / (height - 1.0)));
        }
        return new Heatmap.Image(width, height, px);
    }

    /** CSS hex of x ∈ [0, 1]. */
    public String hex(double x) {
        return String.format(Locale.ROOT, "#%06x", argb(x) & 0xFFFFFF);
    }
}
