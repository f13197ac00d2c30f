package tdlab.family;

/**
 * A moment the theory names on the step axis (Scan and Snap's snap time t0), drawn as a dashed vertical line.
 *
 * @param step        where, in steps (fractional: a closed form rarely lands on a whole step)
 * @param label       the line's label, formula and value, e.g. "t0 = 2K ln M/η_Y = 14.1"
 * @param explanation what the moment means, for a tooltip
 */
public record TimeMark(double step, String label, String explanation) {
}
