package tdlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void windowsPathsWithSpacesStayOneArgumentEach() {
        String java = "C:\\Program Files\\Eclipse Adoptium\\jdk-17\\bin\\java.exe";
        String cp = "C:\\Users\\Ada Lovelace\\tdlab\\tdlab.jar";
        List<String> cmd = Launcher.command(java, List.of("-Xmx2g", "-agentlib:jdwp=transport=dt_socket"), false, cp,
                new String[] {"run", "--preset", "C:\\My presets\\s1a.json"});
        assertThat(cmd).containsExactly(java, "-Xmx2g", "--add-modules=jdk.incubator.vector",
                "-XX:CompileCommand=quiet", "-XX:CompileCommand=dontinline,tdlab.model.plain.Attention8::expRows",
                "-XX:CompileCommand=dontinline,tdlab.model.plain.TiledAttention::*Tile", "-D" + Launcher.MARKER + "=true",
                "-cp", cp, Main.class.getName(), "run", "--preset", "C:\\My presets\\s1a.json");
    }

    @Test
    void theKernelDirectivesAreAddedOnlyWhenMissingAndPomGivesThemToEveryJvmItStarts() throws Exception {
        List<String> cmd = Launcher.command("/usr/bin/java", KernelJit.OPTIONS, true, "tdlab.jar", new String[0]);
        assertThat(cmd.stream().filter(a -> a.startsWith("-XX:CompileCommand"))).containsExactlyElementsOf(
                KernelJit.OPTIONS);
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        for (String option : KernelJit.OPTIONS) {
            assertThat(pom.split(java.util.regex.Pattern.quote(option), -1))
                    .as("%s in the kernel.jit property, javafx:run's options and jpackage's java-options", option)
                    .hasSize(4);
        }
        assertThat(pom).contains("<argLine>${vector.module} ${kernel.jit}");
    }

    @Test
    void theModuleIsAddedOnlyWhenMissing() {
        List<String> cmd = Launcher.command("/Applications/tdlab.app/Contents/runtime/bin/java",
                List.of("--add-modules=jdk.incubator.vector"), true, "tdlab.jar", new String[0]);
        assertThat(cmd.stream().filter(a -> a.contains("jdk.incubator.vector"))).hasSize(1);
        assertThat(cmd).as("a heap cap unless the user set one").contains(Launcher.HEAP_LIMIT);
        assertThat(cmd).endsWith(Main.class.getName());
    }

    @Test
    void theWindowGetsTheSerialCollectorOnASmallFirstHeap() {
        List<String> window = DesktopMemory.options(new String[0], List.of());
        assertThat(window).containsExactly("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40",
                "-XX:MetaspaceSize=64m", "-Xms64m", "-XX:MaxNewSize=32m");
        assertThat(DesktopMemory.options(new String[] {"gui", "--preset", "x.json"}, List.of())).isEqualTo(window);
        assertThat(DesktopMemory.options(new String[] {"sweep", "-p", "x.json"}, List.of()))
                .as("headless commands keep the JVM's collector").isEmpty();
        List<String> cmd = Launcher.command("/usr/bin/java", window, true, "tdlab.jar", new String[0]);
        assertThat(cmd).contains("-XX:+UseSerialGC", "-Xms64m", Launcher.HEAP_LIMIT);
    }

    @Test
    void theUsersOwnMemoryOptionsWin() {
        assertThat(DesktopMemory.options(new String[0], List.of("-XX:+UseG1GC"))).as("their collector").isEmpty();
        List<String> user = List.of("-Xmx3g", "-XX:MaxHeapFreeRatio=70", "-Xmn200m");
        List<String> added = DesktopMemory.options(new String[0], user);
        assertThat(added).containsExactly("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=20", "-XX:MetaspaceSize=64m");
        List<String> jvm = new java.util.ArrayList<>(user);
        jvm.addAll(added);
        List<String> cmd = Launcher.command("/usr/bin/java", jvm, true, "tdlab.jar", new String[0]);
        assertThat(cmd.stream().filter(a -> a.startsWith("-Xm") || a.contains("NewSize")))
                .as("their heap, no cap, first heap or young ceiling of ours").containsExactly("-Xmx3g", "-Xmn200m");
        assertThat(cmd.stream().filter(a -> a.startsWith("-XX:MaxHeapFreeRatio"))).containsExactly(
                "-XX:MaxHeapFreeRatio=70");
    }

    @org.junit.jupiter.api.Test
    void theWindowGetsAClassArchiveWrittenOnceAndMappedAfter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path jar = java.nio.file.Files.writeString(dir.resolve("tdlab.jar"), "jar");
        java.nio.file.Path cache = dir.resolve("cache");
        List<String> first = ClassArchive.options(new String[0], cache, jar.toString(), "17.0.15");
        assertThat(first.get(0)).startsWith("-XX:ArchiveClassesAtExit=" + cache.resolve("tdlab-"));
        assertThat(cache).isDirectory();
        java.nio.file.Path archive = java.nio.file.Path.of(first.get(0).substring(first.get(0).indexOf('=') + 1));
        java.nio.file.Files.writeString(archive, "archive");
        assertThat(ClassArchive.options(new String[] {"gui", "--dark"}, cache, jar.toString(), "17.0.15").get(0))
                .isEqualTo("-XX:SharedArchiveFile=" + archive);
        assertThat(ClassArchive.options(new String[0], cache, jar.toString(), "21.0.1").get(0))
                .as("another JDK writes its own").startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(ClassArchive.options(new String[] {"run", "-p", "x"}, cache, jar.toString(), "17.0.15"))
                .as("headless commands start as they are").isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"Linux, /home/ada/.cache/tdlab", "Mac OS X, /home/ada/Library/Caches/tdlab",
        "Windows 11, C:/Users/ada/AppData/Local/tdlab/cache"})
    void theCacheFolderIsThePlatforms(String os, String expected) {
        java.util.Map<String, String> env = os.startsWith("Windows") ? java.util.Map.of("LOCALAPPDATA",
                "C:/Users/ada/AppData/Local") : java.util.Map.of();
        assertThat(ClassArchive.folder(os, java.nio.file.Path.of("/home/ada"), env).toString().replace('\\', '/'))
                .isEqualTo(expected);
    }
}
