package tdlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import tdlab.preset.AtomicFiles;

/** PNG pictures of the window or a panel, at 1× or 2× (a 2× snapshot renders at twice the resolution). */
final class Snapshots {
    private Snapshots() {
    }

    static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return node.snapshot(params, null);
    }

    static void writePng(Node node, double scale, Path file) throws IOException {
        WritableImage img = snapshot(node, scale);
        AtomicFiles.write(file, out -> ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out));
    }
}
