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
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs as JavaFX file choosers and alerts, owned by one window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> showOpenDialog(FileRequest request) {
        return Optional.ofNullable(chooser(request).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> showSaveDialog(FileRequest request) {
        return Optional.ofNullable(chooser(request).showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(FileRequest r) {
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
    public void showError(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
        a.setHeaderText(header);
        a.initOwner(owner);
        a.show();
    }

    @Override
    public void showInformation(String title, String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.CLOSE);
        a.setTitle(title);
        a.setHeaderText(header);
        a.initOwner(owner);
        a.show();
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
        return a.showAndWait().filter(b -> b != ButtonType.CANCEL).map(ButtonType::getText);
    }
}
