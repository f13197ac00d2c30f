package tdlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the jar. With a subcommand it runs headless; without one it opens the desktop app.
 * Deliberately not a JavaFX Application subclass, so the jar starts from the classpath.
 */
@Command(name = "tdlab", mixinStandardHelpOptions = true, version = "Transformer Dynamics Lab 0.1.0",
        description = "Watch a small transformer learn: training dynamics of one-layer transformers.",
        subcommands = {RunCommand.class, BenchCommand.class, ValidateCommand.class, GuiCommand.class, SweepCommand.class, MergeCommand.class,
            ExportCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        int relaunched = Launcher.relaunchIfNeeded(args);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        if (args.length == 0) {
            DesktopApp.launch(args);
            return;
        }
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        DesktopApp.launch(new String[0]);
    }
}
