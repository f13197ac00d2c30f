package tdlab.cli;

import javafx.application.Application;
import tdlab.ui.FxApp;

/** Opens the desktop app (from a class that is not an Application, so the jar starts from the classpath). */
final class DesktopApp {
    /** JavaFX reads its pulse rate from this property once, when the toolkit starts. */
    static final String PULSE_PROPERTY = "javafx.animation.pulse";

    /**
     * 64 Hz makes JavaFX's pulse timer 15 ms instead of 16. On Linux that timer re-arms only after each
     * dispatch, with millisecond rounding, so its nominal 62.5 Hz gave an idle window 60.8–61.3 pulses/s here
     * and any CPU load (a run playing) 59.4–59.7. A vsync'd hardware pipeline still paces frames to the display.
     */
    static final int PULSE_HZ = 64;

    private DesktopApp() {
    }

    static void launch(String[] args) {
        if (System.getProperty(PULSE_PROPERTY) == null) { // a user's own -Djavafx.animation.pulse wins
            System.setProperty(PULSE_PROPERTY, Integer.toString(PULSE_HZ));
        }
        Application.launch(FxApp.class, args);
    }
}
