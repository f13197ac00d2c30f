package tdlab.preset;

import java.util.List;

/** A preset that cannot be loaded, with every problem found (each names its field). */
public final class PresetException extends Exception {
    private final List<String> problems;

    public PresetException(String source, List<String> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
