package tdlab.family;

/**
 * A reference loss the loss chart draws as a dashed line, e.g. the entropy rate of a chain.
 *
 * @param key             identifier in files (metrics.csv columns, summary.json)
 * @param label           what the line means, as a format: {@code %.4f} stands for the value
 * @param value           the loss in nats
 * @param validationKey   identifier of the same reference measured on the run's validation set, or null
 * @param validationValue that measurement (it carries the validation set's sampling noise), NaN without one
 */
public record Reference(String key, String label, double value, String validationKey, double validationValue) {

    /** The label with the value filled in. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, label, value);
    }

    /** A closed-form reference with no validation-set counterpart. */
    public static Reference exact(String key, String label, double value) {
        return new Reference(key, label, value, null, Double.NaN);
    }
}
