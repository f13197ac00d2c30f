package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tdlab.ui.dialogs.UserFolders;

/** Shortcut names and the choosers' starting folder, with the platform as a parameter. */
class PlatformTextsTest {
    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"Mac OS X, ⌘B", "Windows 11, Ctrl+B", "Linux, Ctrl+B"})
    void theShortcutModifierIsThePlatforms(String os, String expected) {
        KeyNames keys = KeyNames.of(os);
        assertThat(keys.shortcut("B")).isEqualTo(expected);
        String sheet = Shortcuts.text(keys);
        assertThat(sheet).contains(keys.shortcut("O") + " ").contains(keys.shortcut("Enter"));
        assertThat(sheet.contains("Ctrl")).isEqualTo(!keys.mac());
        assertThat(sheet.contains("⌘")).isEqualTo(keys.mac());
    }

    @Test
    void choosersStartInThePlatformsDocumentsFolder() throws Exception {
        Path profile = Files.createDirectories(home.resolve("profile"));
        Path winDocs = Files.createDirectories(profile.resolve("Documents"));
        assertThat(new UserFolders("Windows 11", home, Map.of("USERPROFILE", profile.toString())).documents())
                .isEqualTo(winDocs);
        assertThat(new UserFolders("Mac OS X", home, Map.of()).documents()).as("no ~/Documents yet").isEqualTo(home);
        Path docs = Files.createDirectories(home.resolve("Documents"));
        assertThat(new UserFolders("Mac OS X", home, Map.of()).documents()).isEqualTo(docs);
        Path xdg = Files.createDirectories(home.resolve("Dokumente"));
        assertThat(new UserFolders("Linux", home, Map.of("XDG_DOCUMENTS_DIR", "$HOME/Dokumente")).documents())
                .isEqualTo(xdg);
        assertThat(new UserFolders("Linux", home, Map.of()).documents()).isEqualTo(docs);
    }
}
