package tdlab.family.classes;

import java.util.List;
import tdlab.task.ConfigException;

/**
 * A learning-rate sweep's grid (Scan and Snap's Fig. 6, science.md §4.3): every η_Z with every ratio η_Y/η_Z,
 * each trained with {@code seeds} seeds. A preset that carries one says which sweep its run belongs to; the
 * command line and the sweep panel start from it.
 *
 * @param etaZ     the attention's learning rates η_Z, each finite and &gt; 0
 * @param etaRatio the decoder's rate as a multiple of η_Z, η_Y/η_Z, each finite and &gt; 0
 * @param seeds    runs per cell: seeds preset seed, preset seed + 1, …
 */
public record RateGrid(List<Double> etaZ, List<Double> etaRatio, int seeds) {
    /** Enough for any figure; a bigger grid is a typo, not a sweep. */
    public static final int MAX_VALUES = 64;
    public static final int MAX_SEEDS = 1000;
    /** The paper's Fig. 6 grid (science.md §4.3) with three seeds: what the sweep panel starts from. */
    public static final RateGrid FIGURE_6 = new RateGrid(List.of(0.5, 1.0, 2.0, 3.0), List.of(1.0, 2.0, 5.0, 10.0), 3);

    public RateGrid {
        etaZ = rates(etaZ, "sweep.eta_z");
        etaRatio = rates(etaRatio, "sweep.eta_ratio");
        ConfigException.requireRange(seeds, 1, MAX_SEEDS, "sweep.seeds");
    }

    /**
     * The one rule for a list of rates, named by whoever asks (a preset's field path, a command-line option):
     * not empty, at most {@link #MAX_VALUES}, each finite and positive (a zero or negative rate trains nothing
     * or ascends).
     */
    public static List<Double> rates(List<Double> values, String field) {
        ConfigException.require(values != null && !values.isEmpty(), field, "needs at least one rate");
        ConfigException.require(values.size() <= MAX_VALUES, field, "has " + values.size() + " rates; at most "
                + MAX_VALUES);
        for (Double v : values) {
            ConfigException.require(v != null && Double.isFinite(v) && v > 0, field,
                    "rates must be finite and > 0, got " + v);
        }
        return List.copyOf(values);
    }

    /**
     * Rates as a person types them, "0.5, 1, 2, 3", checked by {@link #rates}; a blank text is the empty list and
     * refused as such. {@code field} names the option or the input the text came from.
     */
    public static List<Double> parse(String text, String field) {
        List<Double> out = new java.util.ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String s : text.split(",")) {
                try {
                    out.add(Double.parseDouble(s.strip()));
                } catch (NumberFormatException e) {
                    throw new ConfigException(field, "must be numbers separated by commas, e.g. 0.5,1,2,3; got "
                            + text);
                }
            }
        }
        return rates(out, field);
    }

    public int cells() {
        return etaZ.size() * etaRatio.size();
    }
}
