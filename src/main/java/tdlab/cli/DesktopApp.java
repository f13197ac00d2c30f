package tdlab.cli;

import javafx.application.Application;
import tdlab.ui.FxApp;

/** Opens the desktop app (from a class that is not an Application, so the jar starts from the classpath). */
final class DesktopApp {
    private DesktopApp() {
    }

    static void launch(String[] args) {
        Application.launch(FxApp.class, args);
    }
}
