package tdlab.cli;

import picocli.CommandLine.Option;

/** {@code --vary PATH=V1,V2,…}: a comparison of one run per value, shared by run and export (a picocli mixin). */
final class VaryOption {
    @Option(names = "--vary", paramLabel = "PATH=V1,V2,…", description = "compare one run per value of this field"
            + " (a preset field path, e.g. training.learning_rate=0.01,0.05); each is checked like the preset's own"
            + " fields before any run trains")
    String vary;
}
