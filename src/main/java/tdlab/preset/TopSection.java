package tdlab.preset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import tdlab.json.JsonFields;
import tdlab.model.Backend;
import tdlab.train.RunConfig;

/**
 * The top level of a preset: its own fields and the keys of its sections. The top-level fields sit
 * between the sections, so they are read and written in pieces; {@link PresetReader} and
 * {@link PresetWriter} call them in the order of format version 1 (the written order of its files, and the
 * read order that the "known here" list of an unknown field shows).
 */
final class TopSection {
    static final String FORMAT = "format";
    static final String VERSION = "version";
    static final String APP_VERSION = "app_version";
    static final String NAME = "name";
    static final String TITLE = "title";
    static final String SCENARIO = "scenario";
    static final String DESCRIPTION = "description";
    static final String SEED = "seed";
    static final String BACKEND = "backend";
    static final String PROBE_LENGTH = "probe_length";

    static final String TASK = "task";
    static final String MODEL = "model";
    static final String INIT = "init";
    static final String TRAINING = "training";
    static final String VIEW = "view";
    static final String CLASSROOM = "classroom";
    static final String SWEEP = "sweep";
    static final String COMPARE = "compare";

    /** The top-level fields other than {@code format} and {@code probe_length}; {@code name} is null if invalid. */
    record Head(String name, String title, String description, String scenario, long seed, Backend backend) {
    }

    private TopSection() {
    }

    /** {@code format}: a preset's, or a run record's ({@link RunRecord}), which wraps one. */
    static String readFormat(JsonFields top) {
        return top.text(FORMAT, Preset.FORMAT, 64);
    }

    /**
     * Checks {@code format} (already read) and reads {@code version} to {@code backend}; null when the file
     * comes from a newer format version, whose other fields are not ours to judge.
     */
    static Head readHead(JsonFields top, String format) {
        if (!Preset.FORMAT.equals(format)) {
            top.problems().add(FORMAT + ": must be \"" + Preset.FORMAT + "\" (or \"" + RunRecord.FORMAT
                    + "\"), got \"" + format + "\"");
        }
        Integer version = top.integer(VERSION, null, 1, Integer.MAX_VALUE);
        if (version != null && version > Preset.FORMAT_VERSION) {
            top.problems().add(VERSION + ": the file was written by a newer Transformer Dynamics Lab (format version "
                    + version + "); this build reads version " + Preset.FORMAT_VERSION + ". Update the app to open it.");
            return null;
        }
        String name = top.text(NAME, null, 200);
        String title = top.text(TITLE, name, 200);
        String description = top.text(DESCRIPTION, "", 20_000);
        String scenario = top.text(SCENARIO, "", 32);
        top.text(APP_VERSION, "", 64);
        Long seed = top.longValue(SEED, 0L);
        Backend backend = top.choice(BACKEND, Backend.class, Backend.AUTO);
        return new Head(name, title, description, scenario, seed, backend);
    }

    static Integer readProbeLength(JsonFields top) {
        return top.integer(PROBE_LENGTH, null, 1, 256);
    }

    /** {@code format} to {@code description}. */
    static void writeHead(Preset preset, ObjectNode root) {
        root.put(FORMAT, Preset.FORMAT);
        root.put(VERSION, Preset.FORMAT_VERSION);
        root.put(APP_VERSION, PresetWriter.APP_VERSION);
        root.put(NAME, preset.run().name());
        root.put(TITLE, preset.title());
        root.put(SCENARIO, preset.scenario());
        root.put(DESCRIPTION, preset.description());
    }

    /** {@code backend}, written after the model. */
    static void writeBackend(RunConfig run, ObjectNode root) {
        root.put(BACKEND, SectionJson.key(run.backend()));
    }

    /** {@code seed} and {@code probe_length}, written after training. */
    static void writeSeedAndProbeLength(RunConfig run, ObjectNode root) {
        root.put(SEED, run.seed());
        root.put(PROBE_LENGTH, run.probeLength());
    }
}
