package tdlab.cli;

import java.util.ArrayList;
import java.util.List;
import tdlab.train.RunConfig;
import tdlab.ui.ConfigDiff;
import tdlab.ui.FieldLabels;

/**
 * The names an exported comparison gives its runs, as the window's legends do: a letter per run (A, B, C, D in
 * their colours' order), then a preset variant's own name ("B: recommended start (0.5, −1)"), or for {@code --vary}
 * the first run's value and how each other run's differs from it, in the sidebar's words ("A: learning rate 0.01",
 * "B: learning rate 0.01 → 0.05").
 */
final class ComparisonLabels {
    static final String LETTERS = "ABCD";

    private ComparisonLabels() {
    }

    /** Each run's label; {@code varied} is --vary's field path, null for a preset's comparison. */
    static List<String> of(List<ComparisonRun.Named> runs, String varied) {
        List<String> out = new ArrayList<>();
        RunConfig first = runs.get(0).preset().run();
        for (int i = 0; i < runs.size(); i++) {
            String letter = String.valueOf(LETTERS.charAt(i));
            ComparisonRun.Named r = runs.get(i);
            String text;
            if (i == 0) {
                // "A: learning rate 0.01": the varied field as the sidebar names it, and the value given
                text = varied == null ? "the preset's own run" : FieldLabels.label(varied, first.task().type()) + " "
                        + r.name().substring(varied.length() + 1);
            } else if (varied != null) {
                text = difference(first, r.preset().run(), varied);
            } else {
                text = r.name();
            }
            out.add(text.startsWith(letter + ":") ? text : letter + ": " + text);
        }
        return out;
    }

    /**
     * The varied field's change alone where the preset writes it ("learning rate 0.01 → 0.05", not the six group
     * rates that follow it), else every change.
     */
    private static String difference(RunConfig first, RunConfig run, String path) {
        ConfigDiff all = ConfigDiff.between(first, run);
        ConfigDiff own = new ConfigDiff(all.changes().stream().filter(c -> c.path().equals(path)).toList());
        ConfigDiff shown = own.isEmpty() ? all : own;
        return shown.isEmpty() ? "same settings as A" : shown.describe(first.task().type());
    }
}
