package tdlab.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tdlab.preset.AtomicFiles;
import tdlab.sweep.HeadsCell;

/**
 * S5's heads sweep as CSV, one row per H in the order swept, with exactly the columns {@link #HEADER}; a diverged
 * run's numbers are empty.
 */
public final class HeadsSweepCsv {
    public static final String HEADER = "heads,train_loss,test_loss,test_error";

    private HeadsSweepCsv() {
    }

    public static String text(List<HeadsCell> cells) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (HeadsCell c : cells) {
            b.append(c.heads()).append(',').append(num(c.trainLoss())).append(',').append(num(c.testLoss()))
                    .append(',').append(num(c.testError())).append('\n');
        }
        return b.toString();
    }

    /** Written atomically. */
    public static void write(Path file, List<HeadsCell> cells) throws IOException {
        AtomicFiles.write(file, text(cells));
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.9g", v) : "";
    }
}
