package tdlab.render;

import java.util.List;
import tdlab.sim.Frame;

/**
 * A run drawn beside the live one in a comparison: its name ("A"), the legend that says how it differs ("A → B:
 * learning rate 0.01 → 0.05"), its colour ({@link Charts#SERIES} index, Okabe–Ito order) and its recorded frames.
 */
public record ComparedRun(String name, String legend, int colour, List<Frame> frames) {
    public ComparedRun {
        frames = List.copyOf(frames);
    }
}
