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
    private List<String> energyNames;

    /** Streams rows to a file as frames arrive (the CLI's run). */
    public MetricsCsv(Path file, RunInfo info) throws IOException {
        this.out = Files.newBufferedWriter(file);
        this.info = info;
    }

    public void write(Frame f) throws IOException {
        if (energyNames == null) {
            energyNames = List.copyOf(f.energyFraction().keySet());
            out.write(String.join(",", names(info, energyNames, f.conditional().length)) + "\n");
        }
        out.write(csvRow(values(info, f, energyNames)) + "\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** All frames at once, atomically. */
    public static void writeAll(Path file, RunInfo info, List<Frame> frames) throws IOException {
        List<String> energy = frames.isEmpty() ? List.of() : List.copyOf(frames.get(0).energyFraction().keySet());
        StringBuilder b = new StringBuilder(String.join(",", names(info, energy, states(frames)))).append('\n');
        for (Frame f : frames) {
            b.append(csvRow(values(info, f, energy))).append('\n');
        }
        AtomicFiles.write(file, b.toString());
    }

    /** The same rows as JSON objects (null for missing values). */
    public static ArrayNode json(RunInfo info, List<Frame> frames) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        List<String> energy = frames.isEmpty() ? List.of() : List.copyOf(frames.get(0).energyFraction().keySet());
        List<String> names = names(info, energy, states(frames));
        for (Frame f : frames) {
            double[] v = values(info, f, energy);
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

    private static int states(List<Frame> frames) {
        return frames.isEmpty() ? 0 : frames.get(0).conditional().length;
    }

    /**
     * The family's reference losses, then the same measured on the validation set, then the gap of the
     * validation loss to the first (most important) reference.
     */
    static List<String> names(RunInfo info, List<String> energyNames, int states) {
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
        return h;
    }

    static double[] values(RunInfo info, Frame f, List<String> energyNames) {
        int states = f.conditional().length;
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
