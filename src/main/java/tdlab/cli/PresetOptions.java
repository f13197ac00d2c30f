package tdlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.train.RunConfig;

/** The preset file and the overrides that every training subcommand accepts (a picocli mixin). */
final class PresetOptions {
    @Option(names = {"-p", "--preset"}, required = true, paramLabel = "FILE", description = "preset JSON file")
    Path preset;

    @Option(names = "--steps", paramLabel = "N", description = "override the preset's number of steps")
    Integer steps;

    @Option(names = "--seed", paramLabel = "S", description = "override the preset's seed")
    Long seed;

    Preset read() throws PresetException {
        return PresetReader.read(preset);
    }

    /** The preset's run with --steps and --seed applied; throws ConfigException on a bad value. */
    RunConfig configOf(Preset p) {
        RunConfig cfg = p.run();
        if (steps != null) {
            cfg = cfg.withSteps(steps);
        }
        if (seed != null) {
            cfg = cfg.withSeed(seed);
        }
        return cfg;
    }
}
