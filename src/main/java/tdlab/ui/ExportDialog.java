package tdlab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import tdlab.export.AnimationExporter;
import tdlab.render.Colormap;
import tdlab.render.frame.FrameComposer;
import tdlab.sim.Frame;
import tdlab.ui.controls.IntSpinner;
import tdlab.ui.dialogs.DialogService;
import tdlab.ui.dialogs.FileRequest;
import tdlab.ui.dialogs.FxDialogService;

/**
 * Exports the recorded timeline as an animated GIF or MP4: step range, frame rate and size, then a
 * background export with a progress bar and Cancel (a cancelled export leaves no file behind).
 */
final class ExportDialog {
    private ExportDialog() {
    }

    /**
     * The step range as one two-thumb slider, kept in step with the two spinners (a drag for the rough range, the
     * spinners for the exact step).
     */
    static org.controlsfx.control.RangeSlider stepRange(long last, Spinner<Integer> from, Spinner<Integer> to) {
        org.controlsfx.control.RangeSlider r = new org.controlsfx.control.RangeSlider(0, last, 0, last);
        r.setId("export-range");
        r.setShowTickMarks(true);
        r.setShowTickLabels(true);
        r.setMajorTickUnit(Math.max(1, tdlab.render.NiceTicks.of(0, last, 5).step()));
        r.setPrefWidth(260);
        r.lowValueProperty().addListener((o, a, b) -> from.getValueFactory().setValue((int) Math.round(b.doubleValue())));
        r.highValueProperty().addListener((o, a, b) -> to.getValueFactory().setValue((int) Math.round(b.doubleValue())));
        from.valueProperty().addListener((o, a, b) -> {
            if (Math.round(r.getLowValue()) != b) {
                r.setLowValue(Math.min(b, r.getHighValue()));
            }
        });
        to.valueProperty().addListener((o, a, b) -> {
            if (Math.round(r.getHighValue()) != b) {
                r.setHighValue(Math.max(b, r.getLowValue()));
            }
        });
        return r;
    }

    static void show(Stage owner, DialogService dialogs, SessionViewModel vm, String palette) {
        List<Frame> frames = vm.framesProperty().get();
        if (frames.size() < 2) {
            dialogs.showInformation("Export animation", "Nothing to animate yet",
                    "Train a few steps first: an animation needs at least two recorded frames.");
            return;
        }
        Stage stage = new Stage();
        DialogService own = new FxDialogService(stage); // its chooser belongs to this window
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export animation");
        ComboBox<String> format = new ComboBox<>();
        format.getItems().setAll("GIF", "MP4");
        format.setValue("GIF");
        format.setTooltip(new Tooltip("GIF: loops everywhere, larger. MP4 (H.264): smaller, for slides and video."));
        long last = frames.get(frames.size() - 1).step();
        Spinner<Integer> from = IntSpinner.of(0, (int) last, 0, Math.max(1, (int) (last / 20)));
        Spinner<Integer> to = IntSpinner.of(0, (int) last, (int) last, Math.max(1, (int) (last / 20)));
        Spinner<Integer> fps = IntSpinner.of(1, 60, 10);
        Spinner<Integer> width = IntSpinner.of(320, 3840, 960, 32);
        Spinner<Integer> height = IntSpinner.of(240, 2160, 640, 32);
        org.controlsfx.control.RangeSlider range = stepRange(last, from, to);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("format"), format);
        g.addRow(1, new Label("steps"), range);
        g.addRow(2, new Label("from step"), from);
        g.addRow(3, new Label("to step"), to);
        g.addRow(4, new Label("frames per second"), fps);
        g.addRow(5, new Label("width × height"), new HBox(4, width, new Label("×"), height));
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(260);
        Label status = new Label("Frames are drawn offscreen from the recorded timeline: the same run gives the"
                + " same file.");
        status.setWrapText(true);
        Button export = new Button("Export…");
        Button cancel = new Button("Close");
        AtomicBoolean[] flag = {null};
        export.setOnAction(e -> {
            String ext = format.getValue().toLowerCase(Locale.ROOT);
            Path f = own.showSaveDialog(FileRequest.of("Export animation", format.getValue(), ext)
                    .named(vm.runConfig().name() + "." + ext)).orElse(null);
            if (f == null) {
                return;
            }
            int a = Frame.indexAtOrBefore(frames, from.getValue());
            int b = Frame.indexAtOrBefore(frames, to.getValue());
            if (a >= b) {
                status.setText("The range needs at least two recorded frames (from < to).");
                return;
            }
            FrameComposer composer = new FrameComposer(vm.runConfig(), vm.infoProperty().get(), vm.preset().title(),
                    width.getValue() - width.getValue() % 2, height.getValue() - height.getValue() % 2,
                    Colormap.load(palette));
            AtomicBoolean cancelled = new AtomicBoolean();
            flag[0] = cancelled;
            export.setDisable(true);
            cancel.setText("Cancel");
            int count = b - a + 1;
            Thread t = new Thread(() -> {
                String result;
                try {
                    AnimationExporter.export(composer, frames, a, b, fps.getValue(), ext.equals("gif")
                            ? AnimationExporter.Format.GIF : AnimationExporter.Format.MP4, f,
                            k -> Platform.runLater(() -> progress.setProgress(k / (double) count)), cancelled);
                    result = "Wrote " + count + " frames to " + f.getFileName() + ".";
                } catch (AnimationExporter.Cancelled c) {
                    result = "Cancelled; nothing was written.";
                } catch (Exception ex) {
                    result = "Export failed: " + ex.getMessage() + ". Nothing was written.";
                }
                String message = result;
                boolean written = !cancelled.get() && message.startsWith("Wrote");
                Platform.runLater(() -> {
                    if (written) { // the dialog may be behind the window by now: say it where the teacher looks
                        org.controlsfx.control.Notifications.create().owner(owner).title("Animation exported")
                                .text(message).showInformation();
                    }
                    status.setText(message);
                    export.setDisable(false);
                    cancel.setText("Close");
                    flag[0] = null;
                });
            }, "tdlab-export");
            t.setDaemon(true);
            t.start();
        });
        cancel.setOnAction(e -> {
            if (flag[0] != null) {
                flag[0].set(true);
            } else {
                stage.close();
            }
        });
        VBox root = new VBox(10, g, progress, status, new HBox(8, export, cancel));
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 460, 380);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets()); // the dark theme reaches the dialog
        stage.setScene(scene);
        stage.show();
    }
}
