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
                "-D" + Launcher.MARKER + "=true", "-cp", cp, Main.class.getName(), "run", "--preset",
                "C:\\My presets\\s1a.json");
    }

    @Test
    void theModuleIsAddedOnlyWhenMissing() {
        List<String> cmd = Launcher.command("/Applications/tdlab.app/Contents/runtime/bin/java",
                List.of("--add-modules=jdk.incubator.vector"), true, "tdlab.jar", new String[0]);
        assertThat(cmd.stream().filter(a -> a.contains("jdk.incubator.vector"))).hasSize(1);
        assertThat(cmd).endsWith(Main.class.getName());
    }
}
