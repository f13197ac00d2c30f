package tdlab.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tdlab.model.ParamGroup;
import tdlab.preset.AtomicFiles;
import tdlab.sim.Frame;
import tdlab.family.Reference;
import tdlab.sim.RunInfo;

/**
 * Every series of a run, one row per recorded frame: losses, the theory's reference values, reduced
 * coordinates, the estimated transition probabilities, learning rates, parameter norms, fractions of
 * energy and throughput. Numbers in plain decimal (locale-independent); missing values empty. The same
 * columns feed the JSON run record.
 */
public final class MetricsCsv implements Closeable {
    private final Writer out;
    private final RunInfo info;
    private Columns columns;

    /**
     * What varies between runs in the header, fixed by a run's first frame: the matrices with an energy share,
     * the number of token values, the family's own series.
     */
    record Columns(List<String> energy, int states, List<String> series) {
        static Columns of(List<Frame> frames) {
            return frames.isEmpty() ? new Columns(List.of(), 0, List.of()) : of(frames.get(0));
        }

        static Columns of(Frame first) {
            return new Columns(List.copyOf(first.energyFraction().keySet()), first.conditional().length,
                    List.copyOf(first.series().keySet()));
        }
    }

    /** Streams rows to a file as frames arrive (the CLI's run). */
    public MetricsCsv(Path file, RunInfo info) throws IOException {
        this.out = Files.newBufferedWriter(file);
        this.info = info;
    }

    public void write(Frame f) throws IOException {
        if (columns == null) {
            columns = Columns.of(f);
            out.write(String.join(",", names(info, columns)) + "\n");
        }
        out.write(csvRow(values(info, f, columns)) + "\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** All frames at once, atomically. */
    public static void writeAll(Path file, RunInfo info, List<Frame> frames) throws IOException {
        Columns columns = Columns.of(frames);
        StringBuilder b = new StringBuilder(String.join(",", names(info, columns))).append('\n');
        for (Frame f : frames) {
            b.append(csvRow(values(info, f, columns))).append('\n');
        }
        AtomicFiles.write(file, b.toString());
    }

    /** The same rows as JSON objects (null for missing values). */
    public static ArrayNode json(RunInfo info, List<Frame> frames) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        Columns columns = Columns.of(frames);
        List<String> names = names(info, columns);
        for (Frame f : frames) {
            double[] v = values(info, f, columns);
            ObjectNode row = rows.addObject();
            for (int i = 0; i < names.size(); i++) {
                if (i == 0) {
                    row.put(names.get(0), f.step());
                } else if (Double.isFinite(v[i])) {
                    row.put(names.get(i), v[i]);
                } else {
                    row.putNull(names.get(i));
                }
            }
        }
        return rows;
    }

    /**
     * The family's reference losses, then the same measured on the validation set, then the gap of the
     * validation loss to the first (most important) reference.
     */
    static List<String> names(RunInfo info, Columns columns) {
        List<String> energyNames = columns.energy();
        int states = columns.states();
        List<Reference> refs = info.theory().references();
        List<String> h = new ArrayList<>(List.of("step", "train_loss", "val_loss", "exact_loss"));
        refs.forEach(r -> h.add(r.key()));
        refs.stream().filter(r -> r.validationKey() != null).forEach(r -> h.add(r.validationKey()));
        if (!refs.isEmpty()) {
            h.add("gap_to_" + refs.get(0).key());
        }
        h.addAll(List.of("e", "w", "b"));
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
        h.addAll(columns.series());
        return h;
    }

    static double[] values(RunInfo info, Frame f, Columns columns) {
        List<String> energyNames = columns.energy();
        int states = columns.states();
        List<Reference> refs = info.theory().references();
        List<Double> v = new ArrayList<>(List.of((double) f.step(), f.trainLoss(), f.valLoss(), f.exactLoss()));
        refs.forEach(r -> v.add(r.value()));
        refs.stream().filter(r -> r.validationKey() != null).forEach(r -> v.add(r.validationValue()));
        if (!refs.isEmpty()) {
            v.add(f.valLoss() - refs.get(0).value());
        }
        v.addAll(List.of(f.reduced() == null ? Double.NaN : f.reduced().e(),
                f.reduced() == null ? Double.NaN : f.reduced().w(), f.reduced() == null ? Double.NaN : f.reduced().b()));
        if (states == 2) {
            v.add(f.estimated(0, 1));
            v.add(f.estimated(1, 0));
        }
        for (int i = 0; i < states; i++) {
            for (int j = 0; j < states; j++) {
                v.add(f.estimated(i, j));
            }
        }
        v.add(f.gradNorm());
        for (ParamGroup g : ParamGroup.values()) {
            v.add(f.learningRates()[g.ordinal()]);
        }
        for (ParamGroup g : ParamGroup.values()) {
            v.add(f.groupNorms()[g.ordinal()]);
        }
        for (String name : energyNames) {
            v.add(f.energyFraction().getOrDefault(name, Double.NaN));
        }
        v.add(f.stepsPerSecond());
        for (String name : columns.series()) {
            v.add(f.series().getOrDefault(name, Double.NaN));
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    private static String csvRow(double[] v) {
        List<String> row = new ArrayList<>(v.length);
        row.add(Long.toString((long) v[0]));
        for (int i = 1; i < v.length; i++) {
            row.add(Double.isFinite(v[i]) ? String.format(Locale.ROOT, "%.9g", v[i]) : "");
        }
        return String.join(",", row);
    }
}
