package tdlab.cli;

import java.util.List;

/**
 * JIT directives the fused kernels need, given to every JVM the app starts (the restarted JVM of {@code java -jar},
 * the packaged app, {@code mvn javafx:run} and the tests, all from pom.xml and {@link Launcher}).
 *
 * <p>C2 inlined the attention kernel's exponentials into its forward pass, and when that pass was compiled again (a
 * second run in the same JVM: Apply &amp; restart, another preset, the next sweep cell) the grown compile unit left a
 * Vector API reinterpretation un-intrinsified, which then ran in plain Java: training went at half speed for the rest
 * of the session (docs/performance.md, "JIT cliffs"). Kept a compile unit of its own, the kernel compiles the same
 * way every time, and 13 % faster. The 256-bit kernel's tiles (TiledAttention, what an AVX2 machine runs) are kept
 * compile units of their own for the same reason: inlined into their loops, how fast they ran depended on the compile
 * (37 to 126 steps/s of S2c in one JVM or another), alone 128–133 every time. {@code quiet} keeps the JVM from
 * printing the directives at every start.
 */
final class KernelJit {
    static final List<String> OPTIONS = List.of("-XX:CompileCommand=quiet",
            "-XX:CompileCommand=dontinline,tdlab.model.plain.Attention8::expRows",
            "-XX:CompileCommand=dontinline,tdlab.model.plain.TiledAttention::*Tile");

    private KernelJit() {
    }

    /** The directives these JVM options lack, in order. */
    static List<String> missingFrom(List<String> jvmOptions) {
        return OPTIONS.stream().filter(o -> !jvmOptions.contains(o)).toList();
    }
}
