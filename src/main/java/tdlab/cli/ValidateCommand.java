package tdlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;

/** Checks preset files without training. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check preset files and list every problem with its field. Exit code 2 if any is invalid.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "preset JSON files")
    Path[] files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                Preset p = PresetReader.read(f);
                System.out.println("ok      " + f + "  (" + p.title() + ")");
                for (String w : p.run().task().warnings()) {
                    System.out.println("        warning: " + w);
                }
            } catch (PresetException e) {
                bad++;
                System.err.println("invalid " + e.getMessage());
            }
        }
        return bad == 0 ? 0 : 2;
    }
}
