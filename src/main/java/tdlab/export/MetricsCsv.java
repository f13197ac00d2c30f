package tdlab.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tdlab.model.ParamGroup;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;

/**
 * One CSV row per recorded frame: losses, the theory's reference values, reduced coordinates, the
 * estimated transition probabilities, learning rates and parameter norms. Numbers in plain decimal
 * (locale-independent); missing values empty.
 */
public final class MetricsCsv implements Closeable {
    private final Writer out;
    private final RunInfo info;
    private final int states;
    private final List<String> energyNames = new ArrayList<>();
    private boolean headerWritten;

    public MetricsCsv(Path file, RunInfo info) throws IOException {
        this.out = Files.newBufferedWriter(file);
        this.info = info;
        this.states = info.stationary().length;
    }

    public void write(Frame f) throws IOException {
        if (!headerWritten) {
            energyNames.addAll(f.energyFraction().keySet());
            out.write(String.join(",", header()) + "\n");
            headerWritten = true;
        }
        List<String> row = new ArrayList<>();
        row.add(Long.toString(f.step()));
        add(row, f.trainLoss());
        add(row, f.valLoss());
        add(row, f.exactLoss());
        add(row, info.entropyRate());
        add(row, info.unigramLoss());
        add(row, info.sampleBigram());
        add(row, info.sampleUnigram());
        add(row, f.valLoss() - info.entropyRate());
        add(row, f.reduced() == null ? Double.NaN : f.reduced().e());
        add(row, f.reduced() == null ? Double.NaN : f.reduced().w());
        add(row, f.reduced() == null ? Double.NaN : f.reduced().b());
        if (states == 2) {
            add(row, f.estimated(0, 1));
            add(row, f.estimated(1, 0));
        }
        for (int i = 0; i < states; i++) {
            for (int j = 0; j < states; j++) {
                add(row, f.estimated(i, j));
            }
        }
        add(row, f.gradNorm());
        for (ParamGroup g : ParamGroup.values()) {
            add(row, f.learningRates()[g.ordinal()]);
        }
        for (ParamGroup g : ParamGroup.values()) {
            add(row, f.groupNorms()[g.ordinal()]);
        }
        for (String name : energyNames) {
            add(row, f.energyFraction().getOrDefault(name, Double.NaN));
        }
        add(row, f.stepsPerSecond());
        out.write(String.join(",", row) + "\n");
    }

    private List<String> header() {
        List<String> h = new ArrayList<>(List.of("step", "train_loss", "val_loss", "exact_loss", "entropy_rate",
                "unigram_loss", "val_bigram_loss", "val_unigram_loss", "gap_to_entropy_rate", "e", "w", "b"));
        if (states == 2) {
            h.add("p_hat");
            h.add("q_hat");
        }
        for (int i = 0; i < states; i++) {
            for (int j = 0; j < states; j++) {
                h.add("est_" + i + "_" + j);
            }
        }
        h.add("grad_norm");
        for (ParamGroup g : ParamGroup.values()) {
            h.add("lr_" + g.key());
        }
        for (ParamGroup g : ParamGroup.values()) {
            h.add("norm_" + g.key());
        }
        for (String name : energyNames) {
            h.add("energy_fraction_" + name.replace('.', '_'));
        }
        h.add("steps_per_second");
        return h;
    }

    private static void add(List<String> row, double v) {
        row.add(Double.isFinite(v) ? String.format(Locale.ROOT, "%.9g", v) : "");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
