package tdlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import tdlab.export.MetricsCsv;
import tdlab.export.RunSummary;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.preset.PresetWriter;
import tdlab.preset.RunRecord;
import tdlab.preset.ViewSettings;
import tdlab.sim.Frame;
import tdlab.ui.dialogs.DialogService;
import tdlab.ui.dialogs.FileRequest;
import tdlab.ui.dialogs.PresetText;

/**
 * What the File and Export menus do: open a preset (a file, a recent one, an example), save the setup as a
 * preset, export the series as CSV, the run record as JSON and pictures as PNG, and the prompt that guards
 * unsaved changes. Every question goes through a {@link DialogService}. A refused file leaves the session
 * exactly as it was; files are written atomically.
 */
public final class FileActions {
    static final String SAVE = "Save…";
    static final String DISCARD = "Discard";
    private static final String PRESETS = "Presets (*.json)";

    /** Writes a picture of a node (the window's implementation snapshots it). */
    @FunctionalInterface
    public interface PngWriter {
        void write(Node node, double scale, Path file) throws IOException;
    }

    private final SessionViewModel vm;
    private final DialogService dialogs;
    private final RecentFiles recent;
    private final Supplier<ViewSettings> view;
    private final PngWriter png;
    private Path presetFile;

    /**
     * @param view the window's current view settings (palette, theme, panels, shown step), saved with a preset
     */
    public FileActions(SessionViewModel vm, DialogService dialogs, RecentFiles recent, Supplier<ViewSettings> view,
                       PngWriter png) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.recent = recent;
        this.view = view;
        this.png = png;
    }

    // ----------------------------------------------------------------- opening

    /** File → Open preset…: asks for a file, then opens it. */
    public void openPreset() {
        dialogs.showOpenDialog(FileRequest.of("Open preset", PRESETS, "json")).ifPresent(this::open);
    }

    /** Loads a preset file after the unsaved-changes prompt; a refused file leaves the session as it was. */
    public void open(Path path) {
        if (!confirmDiscard("opening another preset")) {
            return;
        }
        String header = "Cannot open " + path.getFileName();
        try {
            vm.load(PresetReader.read(path));
            presetFile = path;
            recent.add(path);
        } catch (PresetException e) {
            dialogs.showError(header, "Every problem, with its field:\n  " + String.join("\n  ", e.problems())
                    + "\n\nThe current session is unchanged.");
        } catch (RuntimeException e) {
            dialogs.showError(header, e.getMessage() + "\n\nThe current session is unchanged.");
        }
    }

    /** A shipped example; it has no file of its own, so the next save asks for one. */
    public void openExample(Preset example) {
        if (confirmDiscard("opening another preset")) {
            vm.load(example);
            presetFile = null;
        }
    }

    /** The Open recent list, newest first. */
    public List<Path> recentFiles() {
        return recent.list();
    }

    // ----------------------------------------------------------------- saving

    /**
     * Save as: the title and description first (an edited setup is proposed a title that says so), then the file;
     * written atomically. True when saved.
     */
    public boolean savePresetAs() {
        Optional<PresetText> text = dialogs.editPresetText("Title and description of the saved preset",
                PresetTexts.proposed(vm.preset(), vm.editedFromProperty().get()));
        if (text.isEmpty()) {
            return false;
        }
        String name = presetFile != null ? presetFile.getFileName().toString() : vm.runConfig().name() + ".json";
        Path folder = presetFile == null ? null : presetFile.getParent();
        return dialogs.showSaveDialog(new FileRequest("Save preset", PRESETS, "json", name, folder))
                .map(path -> saveTo(path, text.get())).orElse(false);
    }

    /** Writes the setup with the current view, its own title and description, to this file. True when saved. */
    public boolean saveTo(Path path) {
        return saveTo(path, new PresetText(vm.preset().title(), vm.preset().description()));
    }

    private boolean saveTo(Path path, PresetText text) {
        Preset withView = vm.preset().withView(view.get())
                .withText(text.title().isEmpty() ? vm.preset().title() : text.title(), text.description());
        try {
            PresetWriter.write(withView, path);
            vm.markSaved(withView);
            presetFile = path;
            recent.add(path);
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot save " + path.getFileName(), e.getMessage()
                    + "\nThe previous file, if any, is unchanged.");
            return false;
        }
    }

    /**
     * Asks before unsaved changes are lost ("Save them before {@code what}?"); true to go on: nothing
     * unsaved, saved, or discarded.
     */
    public boolean confirmDiscard(String what) {
        if (!vm.dirtyProperty().get()) {
            return true;
        }
        Optional<String> answer = dialogs.confirm("Unsaved changes", "The current setup has changes that are not"
                + " saved in a preset. Save them before " + what + "?", List.of(SAVE, DISCARD));
        return answer.map(a -> a.equals(SAVE) ? savePresetAs() : a.equals(DISCARD)).orElse(false);
    }

    // ----------------------------------------------------------------- exports

    /** Every series, one row per recorded frame. */
    public void exportCsv() {
        List<Frame> frames = recorded();
        if (frames.isEmpty()) {
            return;
        }
        dialogs.showSaveDialog(FileRequest.of("Export series", "CSV", "csv").named(vm.runConfig().name() + ".csv"))
                .ifPresent(f -> write(f, () -> MetricsCsv.writeAll(f, vm.infoProperty().get(), frames)));
    }

    /** The run record: the preset with the current view, every series and the summary; it reloads as a preset. */
    public void exportRunRecord() {
        List<Frame> frames = recorded();
        if (frames.isEmpty()) {
            return;
        }
        dialogs.showSaveDialog(FileRequest.of("Export run record", "JSON", "json")
                .named(vm.runConfig().name() + "-run.json")).ifPresent(f -> write(f, () -> {
                    Preset p = vm.preset();
                    RunRecord.write(f, p.withView(view.get()), MetricsCsv.json(vm.infoProperty().get(), frames),
                            RunSummary.of(vm.runConfig(), p.scenario(), vm.infoProperty().get(),
                                    frames, p.title(), Double.NaN, Double.NaN));
                }));
    }

    /** A picture of the window or a panel, at 1× or 2×. */
    public void exportPng(Node node, double scale, String name) {
        dialogs.showSaveDialog(FileRequest.of("Export picture", "PNG", "png")
                .named(vm.runConfig().name() + "-" + name + (scale > 1 ? "@2x" : "") + ".png"))
                .ifPresent(f -> write(f, () -> png.write(node, scale, f)));
    }

    private List<Frame> recorded() {
        List<Frame> frames = vm.framesProperty().get();
        if (frames.isEmpty()) {
            dialogs.showInformation("Nothing to export", "Nothing recorded yet",
                    "The run has no recorded frame yet; step or play it first.");
        }
        return frames;
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Path file, Write w) {
        try {
            w.run();
        } catch (IOException e) {
            dialogs.showError("Cannot write " + file.getFileName(), e.getMessage());
        }
    }

    /** The preset file the setup was last opened from or saved to; null for an example or a fresh start. */
    public Path presetFile() {
        return presetFile;
    }
}
