package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.model.ParamGroup;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.preset.PresetWriter;
import tdlab.preset.RunRecord;
import tdlab.sim.Frame;
import tdlab.ui.dialogs.DialogService;
import tdlab.ui.dialogs.FileRequest;
import tdlab.ui.dialogs.PresetText;
import tdlab.ui.panels.Panel;

/** The File and Export actions against a scripted dialog service: no window, no chooser. */
class FileActionsTest {
    @TempDir
    Path dir;
    private Preferences prefs;
    private SessionViewModel vm;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> pictures = new ArrayList<>();
    private FileActions files;

    /** Records every question; answers file choosers and confirmations from a script. */
    static final class ScriptedDialogs implements DialogService {
        final Deque<Optional<Path>> paths = new ArrayDeque<>();
        final Deque<Optional<String>> answers = new ArrayDeque<>();
        final List<FileRequest> opened = new ArrayList<>();
        final List<FileRequest> saved = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> confirmations = new ArrayList<>();
        final List<PresetText> proposedTexts = new ArrayList<>();
        /** What the user writes in the Save dialog's fields; when none is scripted, OK on what was proposed. */
        final Deque<Optional<PresetText>> texts = new ArrayDeque<>();

        @Override
        public Optional<PresetText> editPresetText(String header, PresetText proposed) {
            proposedTexts.add(proposed);
            return texts.isEmpty() ? Optional.of(proposed) : texts.pop();
        }

        @Override
        public Optional<Path> showOpenDialog(FileRequest request) {
            opened.add(request);
            return paths.pop();
        }

        @Override
        public Optional<Path> showSaveDialog(FileRequest request) {
            saved.add(request);
            return paths.pop();
        }

        @Override
        public void showError(String header, String text) {
            errors.add(header + "\n" + text);
        }

        @Override
        public void showInformation(String title, String header, String text) {
        }

        @Override
        public Optional<String> confirm(String header, String text, List<String> choices) {
            confirmations.add(header + ": " + choices);
            return answers.pop();
        }
    }

    @BeforeEach
    void session() throws Exception {
        prefs = Preferences.userRoot().node("tdlab-test-" + System.nanoTime());
        vm = new SessionViewModel(Presets.load("s1a-local-to-global-pq-below-one"));
        files = new FileActions(vm, dialogs, new RecentFiles(prefs), () -> vm.preset().view(),
                (node, scale, file) -> pictures.add(file));
    }

    @AfterEach
    void close() throws Exception {
        vm.close();
        prefs.removeNode();
    }

    private Path presetFile(String name) throws Exception {
        Path f = dir.resolve(name + ".json");
        PresetWriter.write(Presets.load(name), f);
        return f;
    }

    private void makeChanges() {
        vm.setLearningRate(ParamGroup.BIAS, 5e-3);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void openingAPresetFileLoadsItIntoTheSession() throws Exception {
        Path f = presetFile("s2b-simple-transformer-rank-one-init");
        dialogs.paths.push(Optional.of(f));
        files.openPreset();
        assertThat(dialogs.opened).singleElement().satisfies(r -> assertThat(r.extension()).isEqualTo("json"));
        assertThat(vm.preset()).isEqualTo(PresetReader.read(f));
        assertThat(vm.preset().scenario()).isEqualTo("S2b");
        assertThat(files.presetFile()).isEqualTo(f);
        assertThat(files.recentFiles()).containsExactly(f.toAbsolutePath().normalize());
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.confirmations).isEmpty(); // nothing unsaved, nothing asked
    }

    @Test
    void aBrokenFileShowsEveryProblemAndLeavesTheSessionUnchanged() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, Files.readString(Path.of("presets", "s1a-local-to-global-pq-below-one.json"))
                .replace("\"p\": 0.2", "\"p\": 1.7").replace("\"seed\": 1", "\"seed\": 1, \"colour\": \"red\""));
        List<String> problems = new ArrayList<>();
        try {
            PresetReader.read(f);
        } catch (PresetException e) {
            problems.addAll(e.problems());
        }
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        vm.awaitIdle(10_000);
        vm.poll();
        Preset before = vm.preset();
        Frame shown = vm.frameProperty().get();
        dialogs.paths.push(Optional.of(f));
        files.openPreset();
        assertThat(dialogs.errors).singleElement().satisfies(text -> {
            assertThat(text).startsWith("Cannot open broken.json").contains("The current session is unchanged.");
            problems.forEach(p -> assertThat(text).contains(p));
        });
        vm.poll();
        assertThat(vm.preset()).isSameAs(before);
        assertThat(vm.frameProperty().get()).isSameAs(shown);
        assertThat(files.presetFile()).isNull();
        assertThat(files.recentFiles()).isEmpty();
    }

    @Test
    void aSavedPresetReloadsToTheSameRunConfiguration() throws Exception {
        makeChanges();
        Path f = dir.resolve("saved.json");
        dialogs.paths.push(Optional.of(f));
        assertThat(files.savePresetAs()).isTrue();
        assertThat(dialogs.saved).singleElement().satisfies(r -> assertThat(r.initialName())
                .isEqualTo(vm.runConfig().name() + ".json"));
        assertThat(PresetReader.read(f).run()).isEqualTo(vm.runConfig());
        assertThat(PresetReader.read(f).run().training().group(ParamGroup.BIAS).learningRate()).isEqualTo(5e-3);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(files.presetFile()).isEqualTo(f);
        // the next save proposes the same file in its folder
        dialogs.paths.push(Optional.empty());
        files.savePresetAs();
        assertThat(dialogs.saved.get(1).initialName()).isEqualTo("saved.json");
        assertThat(dialogs.saved.get(1).initialDirectory()).isEqualTo(dir);
    }

    @Test
    void unsavedChangesAreSavedDiscardedOrKeptAsTheUserAnswers() throws Exception {
        Path other = presetFile("s1b-local-to-global-pq-above-one");
        makeChanges();
        Preset changed = vm.preset();
        dialogs.answers.push(Optional.empty()); // cancel: nothing happens
        files.open(other);
        assertThat(vm.preset()).isSameAs(changed);
        assertThat(dialogs.confirmations).singleElement().satisfies(c -> assertThat(c).contains(FileActions.SAVE,
                FileActions.DISCARD));
        Path saved = dir.resolve("mine.json");
        dialogs.answers.push(Optional.of(FileActions.SAVE)); // save first, then open
        dialogs.paths.push(Optional.of(saved));
        files.open(other);
        assertThat(PresetReader.read(saved).run()).isEqualTo(changed.run());
        assertThat(vm.preset().scenario()).isEqualTo("S1b");
        makeChanges();
        dialogs.answers.push(Optional.of(FileActions.DISCARD));
        files.openExample(Presets.load("s2c-simple-transformer-pq-below-one"));
        assertThat(vm.preset().scenario()).isEqualTo("S2c");
        assertThat(files.presetFile()).isNull(); // an example has no file; the next save asks for one
    }

    private List<Frame> trainSomeSteps() throws Exception {
        vm.step(50);
        vm.awaitIdle(30_000);
        vm.poll();
        List<Frame> frames = vm.framesProperty().get();
        assertThat(frames).hasSizeGreaterThan(3);
        return frames;
    }

    @Test
    void theExportMenuWritesTheSeriesAsCsvAndTheRunRecordAsJson() throws Exception {
        List<Frame> frames = trainSomeSteps();
        FxToolkit.registerPrimaryStage(); // the toolkit, for the menu's controls; no window is shown
        MainMenu menu = WaitForAsyncUtils.asyncFx(() -> new MainMenu(files, new ThemeManager(new Scene(new Group()), new Group()),
                new NoWindow(new tdlab.ui.compare.ComparisonViewModel(vm)))).get(30, TimeUnit.SECONDS);
        Path csv = dir.resolve("series.csv");
        Path json = dir.resolve("run.json");
        dialogs.paths.add(Optional.of(csv));
        dialogs.paths.add(Optional.of(json));
        WaitForAsyncUtils.asyncFx(() -> {
            menu.item("menu-export-csv").fire();
            menu.item("menu-export-json").fire();
        }).get(30, TimeUnit.SECONDS);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.saved).extracting(FileRequest::extension).containsExactly("csv", "json");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0).split(",")).startsWith("step").contains("val_loss");
        assertThat(lines).hasSize(frames.size() + 1);
        assertThat(lines.get(lines.size() - 1)).startsWith(frames.get(frames.size() - 1).step() + ",");
        JsonNode record = RunRecord.mapper().readTree(json.toFile());
        assertThat(record.get("format").asText()).isEqualTo(RunRecord.FORMAT);
        assertThat(record.fieldNames()).toIterable().contains("preset", "summary", "metrics");
        assertThat(record.get("metrics")).hasSize(frames.size());
        assertThat(record.get("metrics").get(0).get("step").asLong()).isEqualTo(frames.get(0).step());
        assertThat(PresetReader.read(json).run()).isEqualTo(vm.runConfig()); // the record reloads as its preset
    }

    @Test
    void cancellingAChooserWritesNothingAndChangesNothing() throws Exception {
        trainSomeSteps();
        makeChanges();
        Preset before = vm.preset();
        for (int i = 0; i < 5; i++) {
            dialogs.paths.add(Optional.empty());
        }
        files.openPreset();
        assertThat(files.savePresetAs()).isFalse();
        files.exportCsv();
        files.exportRunRecord();
        files.exportPng(null, 2, "loss");
        assertThat(dialogs.paths).isEmpty(); // every chooser was asked
        try (var listing = Files.list(dir)) {
            assertThat(listing).isEmpty();
        }
        assertThat(pictures).isEmpty();
        assertThat(vm.preset()).isSameAs(before);
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    /** A menu needs a window only for pictures, the animation and help: none of them is used here. */
    @Test
    void anEditedSetupIsSavedUnderATitleThatSaysSoAndNotWithTheOldDescriptionAsIfItHeld() throws Exception {
        String original = vm.preset().title();
        assertThat(vm.editedFromProperty().get()).isNull();
        makeChanges();
        assertThat(vm.editedFromProperty().get()).isEqualTo(original);
        Path f = dir.resolve("edited.json");
        dialogs.paths.push(Optional.of(f));
        assertThat(files.savePresetAs()).isTrue();
        PresetText proposed = dialogs.proposedTexts.get(0);
        assertThat(proposed.title()).isEqualTo(original + " (edited)");
        assertThat(proposed.description()).startsWith("Edited from “" + original + "”.");
        Preset written = PresetReader.read(f);
        assertThat(written.title()).isEqualTo(original + " (edited)");
        assertThat(written.description()).startsWith("Edited from “" + original + "”.");
        // saved: the file now describes the setup, so it is no longer an edit of anything
        assertThat(vm.editedFromProperty().get()).isNull();
        assertThat(vm.preset().title()).isEqualTo(original + " (edited)");
    }

    @Test
    void theUsersOwnTitleAndDescriptionWinAndCancellingTheTextAsksForNoFile() throws Exception {
        makeChanges();
        dialogs.texts.push(Optional.empty());
        assertThat(files.savePresetAs()).isFalse();
        assertThat(dialogs.saved).isEmpty(); // no file chooser after a cancelled text dialog
        Path f = dir.resolve("mine.json");
        dialogs.texts.push(Optional.of(new PresetText("  Bias at 5e-3  ", "What a larger bias rate does.")));
        dialogs.paths.push(Optional.of(f));
        assertThat(files.savePresetAs()).isTrue();
        Preset written = PresetReader.read(f);
        assertThat(written.title()).isEqualTo("Bias at 5e-3");
        assertThat(written.description()).isEqualTo("What a larger bias rate does.");
    }

    @Test
    void anUneditedSetupIsProposedItsOwnWordsAndAViewChangeIsNoEdit() throws Exception {
        Preset before = vm.preset();
        vm.setView(new tdlab.preset.ViewSettings("cividis", before.view().theme(), before.view().panels(),
                before.view().timelineStep()));
        assertThat(vm.editedFromProperty().get()).isNull();
        dialogs.paths.push(Optional.of(dir.resolve("same.json")));
        assertThat(files.savePresetAs()).isTrue();
        assertThat(dialogs.proposedTexts.get(0)).isEqualTo(new PresetText(before.title(), before.description()));
    }

    private static final class NoWindow implements MainMenu.Window {
        private final tdlab.ui.compare.ComparisonViewModel comparison;

        NoWindow(tdlab.ui.compare.ComparisonViewModel comparison) {
            this.comparison = comparison;
        }

        @Override
        public tdlab.ui.compare.ComparisonViewModel comparison() {
            return comparison;
        }

        @Override
        public void quit() {
        }

        @Override
        public void exportAnimation() {
        }

        @Override
        public javafx.scene.Node root() {
            return null;
        }

        @Override
        public javafx.collections.ObservableList<Panel> panels() {
            return javafx.collections.FXCollections.observableArrayList();
        }

        @Override
        public void lookChanged() {
        }

        @Override
        public void showShortcuts() {
        }

        @Override
        public void describePreset() {
        }

        @Override
        public javafx.beans.property.BooleanProperty sidebarFolded() {
            return folded;
        }

        private final javafx.beans.property.BooleanProperty folded = new javafx.beans.property.SimpleBooleanProperty();
        private final EditHistory history = new EditHistory();

        @Override
        public EditHistory history() {
            return history;
        }

        @Override
        public void undo() {
        }

        @Override
        public void redo() {
        }

        @Override
        public void pin() {
            comparison.pin();
        }

        @Override
        public void editLesson() {
        }

        @Override
        public void restartLesson() {
        }
    }
}
