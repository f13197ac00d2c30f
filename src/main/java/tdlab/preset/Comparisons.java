package tdlab.preset;

import java.util.ArrayList;
import java.util.List;
import tdlab.train.RunConfig;

/**
 * The runs of a comparison: a preset's own run (A) and one run per {@link Variant}, each the preset with the
 * variant's overrides written into its JSON at their field paths and read back by {@link PresetReader}, so an
 * override is validated like every field and refused with its path. Only the run's sections can be overridden.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /** The variant's preset: the base with the overrides, without a comparison of its own. */
    public static Preset variant(Preset base, Variant v, int index) throws PresetException {
        return variant(base, v, "compare[" + index + "].overrides");
    }

    /**
     * The same, with problems named from {@code where} (the preset's "compare[i].overrides", or the command line's
     * option) followed by the field path: the overrides are {@link RunSettings}, applied and validated as a lesson
     * step's settings are.
     */
    public static Preset variant(Preset base, Variant v, String where) throws PresetException {
        List<String> problems = new ArrayList<>();
        RunConfig run = RunSettings.apply(base.run(), v.overrides(), where + ": ", problems);
        if (run == null) {
            throw new PresetException("comparison \"" + v.name() + "\"", problems);
        }
        return base.withVariants(List.of()).withRun(run);
    }

    /** Every variant of the preset, in order (run A not included). */
    public static List<Preset> variants(Preset base) throws PresetException {
        List<Preset> out = new ArrayList<>();
        for (int i = 0; i < base.variants().size(); i++) {
            out.add(variant(base, base.variants().get(i), i));
        }
        return out;
    }
}
