package tdlab.cli;

/** Opens the desktop app. */
final class DesktopApp {
    private DesktopApp() {
    }

    static void launch(String[] args) {
        System.err.println("The desktop app is not part of this build yet. Headless commands: tdlab --help");
        System.exit(2);
    }
}
