package tdlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tdlab.model.Nd4jAvailability;

/**
 * The build's ND4J natives follow the machine it runs on: for each platform's os.name / os.arch exactly one profile
 * of pom.xml activates (by Maven's os rules: name equal, family "mac" / "windows" contained in the name, arch
 * equal, all ignoring case), it sets javacpp.platform to the name ND4J publishes natives under and to what the app
 * looks for at run time ({@link Nd4jAvailability#platform}), and it adds nd4j-native with that classifier.
 */
class NativeProfilesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "Linux, amd64, linux-x86_64",
        "Linux, aarch64, linux-arm64",
        "Mac OS X, x86_64, macosx-x86_64",
        "Mac OS X, aarch64, macosx-arm64",
        "Windows 11, amd64, windows-x86_64",
        "Windows 11, aarch64, ''"})
    void oneProfilePerPlatformChoosesItsNatives(String os, String arch, String platform) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        List<Element> active = new ArrayList<>();
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element p = (Element) profiles.item(i);
            Element osRule = child(child(p, "activation"), "os");
            if (osRule != null && activates(osRule, os, arch)) {
                active.add(p);
            }
        }
        assertThat(Nd4jAvailability.platform(os, arch).orElse("")).isEqualTo(platform);
        if (platform.isEmpty()) {
            assertThat(active).as("no natives where ND4J publishes none").isEmpty();
            return;
        }
        assertThat(active).hasSize(1);
        Element p = active.get(0);
        assertThat(text(child(child(p, "properties"), "javacpp.platform"))).isEqualTo(platform);
        Element dep = child(child(p, "dependencies"), "dependency");
        assertThat(text(child(dep, "artifactId"))).isEqualTo("nd4j-native");
        assertThat(text(child(dep, "classifier"))).isEqualTo("${javacpp.platform}");
    }

    private static boolean activates(Element rule, String os, String arch) {
        String name = text(child(rule, "name"));
        String family = text(child(rule, "family"));
        String ruleArch = text(child(rule, "arch"));
        String lower = os.toLowerCase(Locale.ROOT);
        boolean nameOk = name == null || name.equalsIgnoreCase(os);
        boolean familyOk = family == null || lower.contains(family.toLowerCase(Locale.ROOT));
        boolean archOk = ruleArch == null || ruleArch.equalsIgnoreCase(arch);
        return nameOk && familyOk && archOk;
    }

    private static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }
}
