package tdlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import tdlab.preset.PresetException;
import tdlab.task.ConfigException;

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
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::badInput);
    }

    /** Bad input from any command (a preset, an option value): one line naming the field, exit code 2. */
    private static int badInput(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        String prefix = "tdlab " + cmd.getCommandName() + ": ";
        if (e instanceof PresetException) {
            cmd.getErr().println(prefix + "invalid preset " + e.getMessage());
            return 2;
        }
        if (e instanceof ConfigException) {
            cmd.getErr().println(prefix + e.getMessage());
            return 2;
        }
        throw e;
    }

    @Override
    public void run() {
        DesktopApp.launch(new String[0]);
    }
}
