package tdlab.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;

/** The presets that ship inside the jar (the gallery), by file name. */
public final class Presets {
    public static final String DEFAULT = "s2a-simple-transformer-standard-init";
    public static final List<String> GALLERY = List.of(
            "s1a-local-to-global-pq-below-one",
            "s1b-local-to-global-pq-above-one",
            "s1c-local-to-global-recommended-init",
            "s2a-simple-transformer-standard-init",
            "s2b-simple-transformer-rank-one-init",
            "s2c-simple-transformer-pq-below-one",
            "lesson-unigram-trap",
            "s3a-ode-staircase",
            "s3b-minimal-transformer",
            "s3c-early-stopping",
            "s3d-paper-size",
            "lesson-staged-sparse-attention",
            "s4a-scan-snap-equal-rates",
            "s4b-scan-snap-fast-decoder",
            "s4c-scan-snap-rate-sweep",
            "lesson-which-tokens-survive",
            "s5a-one-head",
            "s5b-four-heads",
            "s5c-sixteen-heads",
            "s5d-unscaled-rate",
            "lesson-more-heads-same-step",
            "s6a-two-stage-one-hot",
            "s6b-random-embeddings",
            "s6c-random-dag",
            "lesson-two-stage-max-margin");

    /** Reads a preset's tree for its title (a mapper is thread-safe once configured, and costly to make). */
    private static final com.fasterxml.jackson.databind.ObjectMapper TITLES = new com.fasterxml.jackson.databind.ObjectMapper();

    private Presets() {
    }

    public static Preset load(String name) {
        try {
            return PresetReader.parse(text(name), name + ".json");
        } catch (PresetException e) {
            throw new IllegalStateException("a shipped preset is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * A shipped preset's title, read without the rest: the Examples menu lists all of them before the window's first
     * frame, and reading each whole (its tasks' data drawn, every field checked) took a tenth of the start.
     */
    public static String title(String name) {
        try {
            String title = TITLES.readTree(text(name)).path("title").asText("");
            return title.isEmpty() ? load(name).title() : title;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        String path = "/tdlab/presets/" + name + ".json";
        try (InputStream in = Presets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped preset " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
