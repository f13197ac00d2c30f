package tdlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Nd4jAvailabilityTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "Linux, amd64, linux-x86_64",
        "Linux, aarch64, linux-arm64",
        "Mac OS X, x86_64, macosx-x86_64",
        "Mac OS X, aarch64, macosx-arm64",
        "Windows 11, amd64, windows-x86_64",
        "Windows 10, aarch64, ''",
        "FreeBSD, amd64, ''",
        "Linux, ppc64le, ''"})
    void javacppPlatformNames(String os, String arch, String expected) {
        assertThat(Nd4jAvailability.platform(os, arch).orElse("")).isEqualTo(expected);
    }

    @Test
    void theLibraryResourceFollowsThePlatformsNaming() {
        assertThat(Nd4jAvailability.libraryResource("windows-x86_64")).endsWith("/windows-x86_64/jnind4jcpu.dll");
        assertThat(Nd4jAvailability.libraryResource("macosx-arm64")).endsWith("/macosx-arm64/libjnind4jcpu.dylib");
        assertThat(Nd4jAvailability.libraryResource("linux-x86_64")).endsWith("/linux-x86_64/libjnind4jcpu.so");
    }

    @Test
    void thisLinuxBuildCanTryNd4jAndNamesWhatIsMissingElsewhere() {
        ClassLoader here = Nd4jAvailability.class.getClassLoader();
        assertThat(Nd4jAvailability.check(here, "Linux", "amd64")).isEmpty();
        assertThat(Nd4jAvailability.check(here, "Mac OS X", "aarch64")).hasValueSatisfying(r -> assertThat(r)
                .contains("no ND4J native library for macosx-arm64").contains("-Djavacpp.platform=macosx-arm64"));
        assertThat(Nd4jAvailability.check(here, "Windows 11", "aarch64")).hasValueSatisfying(r -> assertThat(r)
                .contains("has no native library for Windows 11 on aarch64"));
        ClassLoader withoutJars = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
        assertThat(Nd4jAvailability.check(withoutJars, "Linux", "amd64")).hasValue("the ND4J jars are not on the class path");
    }
}
