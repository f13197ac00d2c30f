package tdlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tdlab.export.CompareCsv;
import tdlab.family.Outcome;
import tdlab.preset.Comparisons;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.Variant;
import tdlab.task.ConfigException;

/**
 * {@code run} of a comparison: the runs of {@code --vary PATH=V1,V2,…} (one per value), or a preset's own run (A)
 * and its {@code "compare"} variants, each trained into its own folder under --out, then compare.csv. Every
 * variant is built and validated before the first run starts.
 */
final class ComparisonRun {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final RunCommand command;
    private final Preset base;
    private final String vary;

    ComparisonRun(RunCommand command, Preset base, String vary) {
        this.command = command;
        this.base = base;
        this.vary = vary;
    }

    /** One run of a comparison: its name (run A's "A", a variant's own, "PATH=V" for --vary) and its preset. */
    record Named(String name, Preset preset) {
    }

    int call() throws Exception {
        List<Named> runs = runs(base, vary);
        List<String> names = new ArrayList<>();
        List<List<Outcome.Point>> histories = new ArrayList<>();
        int code = 0;
        for (Named r : runs) {
            RunCommand.Trained t = command.train(r.preset(), r.preset().run(), command.out.resolve(folder(r.name())),
                    base.run().name() + " [" + r.name() + "]");
            names.add(r.name());
            histories.add(t.history());
            code = code == 0 ? t.code() : code; // a run that fails or diverges does not stop the others
        }
        CompareCsv.write(command.out.resolve("compare.csv"), names, histories);
        return code;
    }

    /**
     * The runs of a comparison, each built and validated before any trains: {@code --vary}'s one per value when
     * given, else the preset's own run (A) and its variants. The base already carries --steps and --seed.
     */
    static List<Named> runs(Preset base, String vary) throws PresetException {
        return vary != null ? varied(base, vary) : fromPreset(base);
    }

    private static List<Named> fromPreset(Preset base) throws PresetException {
        List<Named> runs = new ArrayList<>(List.of(new Named("A", base)));
        List<Preset> variants = Comparisons.variants(base);
        for (int i = 0; i < variants.size(); i++) {
            runs.add(new Named(base.variants().get(i).name(), variants.get(i)));
        }
        return runs;
    }

    /** The field path of {@code --vary PATH=V1,V2,…}; refused when the option has no such form. */
    static String variedPath(String vary) {
        int eq = vary.indexOf('=');
        ConfigException.require(eq > 0 && eq < vary.length() - 1, "vary",
                "must be PATH=V1,V2,… (e.g. training.learning_rate=0.01,0.05), got \"" + vary + "\"");
        return vary.substring(0, eq).strip();
    }

    private static List<Named> varied(Preset base, String vary) throws PresetException {
        String path = variedPath(vary);
        int eq = vary.indexOf('=');
        String[] values = vary.substring(eq + 1).split(",");
        ConfigException.require(values.length <= 16, "vary", "at most 16 values, got " + values.length);
        List<Named> runs = new ArrayList<>();
        for (String v : values) {
            String name = path + "=" + v.strip();
            Variant variant = new Variant(name, Map.of(path, json(v.strip())));
            runs.add(new Named(name, Comparisons.variant(base.withVariants(List.of()), variant, "--vary")));
        }
        return runs;
    }

    /** A number, true/false or null as JSON; anything else as text ("canonical_point"). */
    private static JsonNode json(String v) {
        try {
            JsonNode n = MAPPER.readTree(v);
            return n == null || n.isMissingNode() ? TextNode.valueOf(v) : n;
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(v);
        }
    }

    /** A folder name from a run name: letters, digits and . = - _ kept, the rest "_". */
    static String folder(String name) {
        String f = name.replaceAll("[^A-Za-z0-9.=_-]", "_");
        return f.isEmpty() || f.startsWith(".") ? "run_" + f : f;
    }
}
