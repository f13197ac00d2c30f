package tdlab.preset;

import tdlab.family.classes.RateGrid;
import tdlab.train.RunConfig;

/**
 * A saved setup: the run it reproduces plus what the user reads about it.
 *
 * @param title       shown in the window title and the gallery
 * @param description what the user should see
 * @param scenario    the science.md scenario id (S1a, S2b, ...) or empty
 * @param run         everything that determines the numbers
 * @param view        what the window shows
 * @param classroom   locked and hidden controls, pinned notes
 * @param sweep       the learning-rate grid of the sweep this preset belongs to (Scan and Snap's Fig. 6), or null
 * @param variants    the runs compared with this one ({@code "compare"}; {@link Comparisons} builds them), or empty
 */
public record Preset(String title, String description, String scenario, RunConfig run, ViewSettings view,
                     Classroom classroom, RateGrid sweep, java.util.List<Variant> variants) {

    /** Version of the JSON format this build reads and writes. */
    public static final int FORMAT_VERSION = 1;
    public static final String FORMAT = "tdlab-preset";

    public Preset {
        title = title == null ? run.name() : title;
        description = description == null ? "" : description;
        scenario = scenario == null ? "" : scenario;
        view = view == null ? ViewSettings.DEFAULT : view;
        classroom = classroom == null ? Classroom.NONE : classroom;
        variants = variants == null ? java.util.List.of() : java.util.List.copyOf(variants);
    }

    public Preset(String title, String description, String scenario, RunConfig run, ViewSettings view,
                  Classroom classroom, RateGrid sweep) {
        this(title, description, scenario, run, view, classroom, sweep, java.util.List.of());
    }

    public Preset(String title, String description, String scenario, RunConfig run, ViewSettings view,
                  Classroom classroom) {
        this(title, description, scenario, run, view, classroom, null);
    }

    public Preset(String title, String description, String scenario, RunConfig run) {
        this(title, description, scenario, run, ViewSettings.DEFAULT, Classroom.NONE);
    }

    /** The same preset with another run. */
    public Preset withRun(RunConfig r) {
        return new Preset(title, description, scenario, r, view, classroom, sweep, variants);
    }

    /** The same preset under another title and description. */
    public Preset withText(String newTitle, String newDescription) {
        return new Preset(newTitle, newDescription, scenario, run, view, classroom, sweep, variants);
    }

    /** The same preset with another classroom (restrictions, notes, lesson steps). */
    public Preset withClassroom(Classroom c) {
        return new Preset(title, description, scenario, run, view, c, sweep, variants);
    }

    /** The same preset with other view settings. */
    public Preset withView(ViewSettings v) {
        return new Preset(title, description, scenario, run, v, classroom, sweep, variants);
    }

    /** The same preset with other compared runs (none: a plain preset). */
    public Preset withVariants(java.util.List<Variant> v) {
        return new Preset(title, description, scenario, run, view, classroom, sweep, v);
    }
}
