package tdlab.preset;

import tdlab.train.RunConfig;

/**
 * A saved setup: the run it reproduces plus what the user reads about it.
 *
 * @param title       shown in the window title and the gallery
 * @param description what the user should see
 * @param scenario    the science.md scenario id (S1a, S2b, ...) or empty
 * @param run         everything that determines the numbers
 */
public record Preset(String title, String description, String scenario, RunConfig run) {

    /** Version of the JSON format this build reads and writes. */
    public static final int FORMAT_VERSION = 1;
    public static final String FORMAT = "tdlab-preset";

    public Preset {
        title = title == null ? run.name() : title;
        description = description == null ? "" : description;
        scenario = scenario == null ? "" : scenario;
    }
}
