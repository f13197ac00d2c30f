package tdlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.task.ConfigException;

/** Opens the desktop app, optionally on a preset, optionally saving a screenshot and quitting. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the desktop app (the default when no subcommand is given).")
final class GuiCommand implements Callable<Integer> {
    @Option(names = {"-p", "--preset"}, paramLabel = "FILE", description = "preset to open instead of the default")
    Path preset;

    @Option(names = "--steps", paramLabel = "N", description = "train N steps at full speed right away")
    Integer steps;

    @Option(names = "--screenshot", paramLabel = "PNG", description = "save the window as PNG after --delay, then quit")
    Path screenshot;

    @Option(names = "--dark", description = "start in the dark theme")
    boolean dark;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "3", description = "default ${DEFAULT-VALUE}")
    double delay;

    @Option(names = "--soak", hidden = true, paramLabel = "MINUTES", description = "play at full speed for this long"
            + " and write the memory each minute to --soak-out (bench --soak)")
    Double soak;

    @Option(names = "--soak-out", hidden = true, paramLabel = "FILE")
    Path soakOut;

    @Option(names = "--startup-probe", hidden = true, description = "print a line when the window is first drawn, then"
            + " quit (bench --startup)")
    boolean startupProbe;

    @Override
    public Integer call() throws PresetException {
        if (preset != null) {
            PresetReader.read(preset); // a bad file is reported here, in one line, not as a failed application start
        }
        ConfigException.require(steps == null || steps >= 1, "steps", "must be ≥ 1, got " + steps);
        ConfigException.requireRange(delay, 0, 600, "delay");
        List<String> args = new ArrayList<>();
        if (preset != null) {
            args.add("--preset=" + preset);
        }
        if (steps != null) {
            args.add("--steps=" + steps);
        }
        if (dark) {
            args.add("--theme=dark");
        }
        if (startupProbe) {
            args.add("--startup-probe=true");
        }
        if (soak != null) {
            ConfigException.require(soakOut != null, "soak-out", "is required with --soak");
            args.add("--soak=" + soak);
            args.add("--soak-out=" + soakOut);
        }
        if (screenshot != null) {
            args.add("--screenshot=" + screenshot);
            args.add("--delay=" + delay);
        }
        DesktopApp.launch(args.toArray(String[]::new));
        return 0;
    }
}
