package tdlab.ui.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs as JavaFX file choosers and alerts, owned by one window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    /** The folder of the last file chosen in this window: the next chooser without a folder of its own opens there. */
    private Path lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> showOpenDialog(FileRequest request) {
        return remember(chooser(request).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> showSaveDialog(FileRequest request) {
        return remember(chooser(request).showSaveDialog(owner));
    }

    private Optional<Path> remember(File chosen) {
        Optional<Path> p = Optional.ofNullable(chosen).map(File::toPath);
        p.map(Path::getParent).ifPresent(f -> lastFolder = f);
        return p;
    }

    private FileChooser chooser(FileRequest request) {
        FileRequest r = request.initialDirectory() != null ? request : request.in(
                lastFolder != null ? lastFolder : UserFolders.here().documents());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(r.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(r.filter(), "*." + r.extension()));
        if (r.initialName() != null) {
            chooser.setInitialFileName(r.initialName());
        }
        if (r.initialDirectory() != null && Files.isDirectory(r.initialDirectory())) {
            chooser.setInitialDirectory(r.initialDirectory().toFile());
        }
        return chooser;
    }

    @Override
    public Optional<PresetText> editPresetText(String header, PresetText proposed) {
        Dialog<PresetText> d = new Dialog<>();
        d.setTitle("Save preset");
        d.setHeaderText(header);
        TextField title = new TextField(proposed.title());
        title.setId("save-title");
        title.setPrefColumnCount(48);
        TextArea description = new TextArea(proposed.description());
        description.setId("save-description");
        description.setWrapText(true);
        description.setPrefRowCount(6);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Description"), description);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new PresetText(title.getText(), description.getText()) : null);
        d.initOwner(owner);
        styled(d.getDialogPane());
        return d.showAndWait();
    }

    @Override
    public void showError(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
        a.setHeaderText(header);
        a.initOwner(owner);
        styled(a.getDialogPane());
        a.show();
    }

    @Override
    public void showInformation(String title, String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.CLOSE);
        a.setTitle(title);
        a.setHeaderText(header);
        a.initOwner(owner);
        styled(a.getDialogPane());
        a.show();
    }

    /** A dialog wears the window's stylesheets, so the dark theme reaches it too. */
    private void styled(DialogPane pane) {
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    @Override
    public Optional<String> confirm(String header, String text, List<String> choices) {
        List<ButtonType> buttons = new ArrayList<>();
        for (String c : choices) {
            buttons.add(new ButtonType(c, ButtonBar.ButtonData.OTHER));
        }
        buttons.add(ButtonType.CANCEL);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, buttons.toArray(ButtonType[]::new));
        a.setHeaderText(header);
        a.initOwner(owner);
        styled(a.getDialogPane());
        return a.showAndWait().filter(b -> b != ButtonType.CANCEL).map(ButtonType::getText);
    }
}
