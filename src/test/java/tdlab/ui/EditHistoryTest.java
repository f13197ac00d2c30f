package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.model.ParamGroup;
import tdlab.task.MarkovTask;
import tdlab.task.TransitionMatrix;
import tdlab.train.RunConfig;

class EditHistoryTest {
    private static final RunConfig S1A = Presets.load("s1a-local-to-global-pq-below-one").run();
    /** Where the history last set the settings back to. */
    private final List<RunConfig> restored = new ArrayList<>();

    private static RunConfig chain(double p, double q) {
        MarkovTask t = (MarkovTask) S1A.task();
        return S1A.withTask(new MarkovTask(TransitionMatrix.binary(p, q), t.initial()));
    }

    private static RunConfig rate(RunConfig c, double lr) {
        return c.withTraining(c.training().withLearningRate(ParamGroup.EMBEDDING, lr));
    }

    private void record(EditHistory h, RunConfig before, RunConfig after) {
        h.push(EditHistory.settings(before, after, "markov", restored::add));
    }

    private RunConfig last() {
        return restored.get(restored.size() - 1);
    }

    @Test
    void undoAndRedoWalkTheEditsAndNameThem() {
        EditHistory h = new EditHistory();
        RunConfig a = chain(0.2, 0.3);
        RunConfig b = chain(0.35, 0.3);
        RunConfig c = rate(b, 0.05);
        record(h, a, b);
        record(h, b, c);
        assertThat(h.undoNameProperty().get()).contains("0.01 → 0.05");
        assertThat(h.undo()).isTrue();
        assertThat(last()).isEqualTo(b);
        assertThat(h.undoNameProperty().get()).isEqualTo("p 0.2 → 0.35");
        assertThat(h.redoNameProperty().get()).contains("0.01 → 0.05");
        assertThat(h.undo()).isTrue();
        assertThat(last()).isEqualTo(a);
        assertThat(h.canUndoProperty().get()).isFalse();
        assertThat(h.undo()).isFalse();
        assertThat(h.redo()).isTrue();
        assertThat(last()).isEqualTo(b);
        record(h, b, chain(0.2, 0.5)); // a new edit forgets what was undone
        assertThat(h.canRedoProperty().get()).isFalse();
        assertThat(h.undoNameProperty().get()).isEqualTo("p 0.35 → 0.2, q 0.3 → 0.5");
        h.clear();
        assertThat(h.canUndoProperty().get()).isFalse();
        assertThat(h.undoNameProperty().get()).isEmpty();
    }

    @Test
    void aDragIsOneEditFromWhereItStarted() {
        EditHistory h = new EditHistory();
        h.beginGesture();
        record(h, chain(0.2, 0.3), chain(0.25, 0.3));
        record(h, chain(0.25, 0.3), chain(0.3, 0.35));
        record(h, chain(0.3, 0.35), chain(0.4, 0.35));
        h.endGesture();
        assertThat(h.undoNameProperty().get()).isEqualTo("p 0.2 → 0.4, q 0.3 → 0.35");
        assertThat(h.undo()).isTrue();
        assertThat(last()).isEqualTo(chain(0.2, 0.3));
        assertThat(h.canUndoProperty().get()).isFalse();

        h.beginGesture(); // a drag that comes back to where it started is no edit
        record(h, chain(0.2, 0.3), chain(0.5, 0.3));
        record(h, chain(0.5, 0.3), chain(0.2, 0.3));
        h.endGesture();
        assertThat(h.canUndoProperty().get()).isFalse();

        record(h, chain(0.2, 0.3), chain(0.3, 0.3)); // outside a gesture: one edit each
        record(h, chain(0.3, 0.3), chain(0.4, 0.3));
        assertThat(h.undo()).isTrue();
        assertThat(last()).isEqualTo(chain(0.3, 0.3));
    }

    @Test
    void editsOfOtherValuesDoNotMergeWithTheSettingsInOneDrag() {
        EditHistory h = new EditHistory();
        List<Double> speeds = new ArrayList<>();
        h.beginGesture();
        record(h, chain(0.2, 0.3), chain(0.25, 0.3));
        h.push(ValueEdit.of("speed", 1.0, 10.0, speeds::add, (a, b) -> "speed " + a + " → " + b));
        h.push(ValueEdit.of("speed", 10.0, 20.0, speeds::add, (a, b) -> "speed " + a + " → " + b));
        h.endGesture();
        assertThat(h.undoNameProperty().get()).isEqualTo("speed 1.0 → 20.0");
        assertThat(h.undo()).isTrue();
        assertThat(speeds).containsExactly(1.0);
        assertThat(h.undoNameProperty().get()).isEqualTo("p 0.2 → 0.25");
    }

    /** An edit that keeps a run, counting the runs it has released. */
    private static final class Keeping implements EditHistory.Edit {
        final String name;
        boolean forgotten;

        Keeping(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void undo() {
        }

        @Override
        public void redo() {
        }

        @Override
        public boolean keepsRun() {
            return true;
        }

        @Override
        public void forget() {
            forgotten = true;
        }
    }

    @Test
    void onlyTheLastFewReplacedRunsAreKeptAndTheOthersAreReleased() {
        EditHistory h = new EditHistory();
        List<Keeping> runs = new ArrayList<>();
        for (int i = 0; i < EditHistory.KEPT_RUNS + 2; i++) {
            Keeping k = new Keeping("restart " + i);
            runs.add(k);
            h.push(k);
            record(h, chain(0.2, 0.3), chain(0.2 + 0.01 * (i + 1), 0.3)); // settings edits between them stay
        }
        assertThat(runs.stream().filter(k -> k.forgotten).count()).isEqualTo(2);
        assertThat(runs.get(0).forgotten).as("the oldest goes first").isTrue();
        assertThat(runs.get(runs.size() - 1).forgotten).isFalse();
        List<String> undone = new ArrayList<>();
        while (h.canUndoProperty().get()) {
            undone.add(h.undoNameProperty().get());
            h.undo();
        }
        assertThat(undone).filteredOn(n -> n.startsWith("restart")).containsExactly("restart 3", "restart 2");
        assertThat(undone).filteredOn(n -> n.startsWith("p ")).hasSize(4);
        h.clear();
        assertThat(runs).allMatch(k -> k.forgotten);
    }

    @Test
    void theDiffListsEveryDifferingFieldByItsPath() {
        ConfigDiff d = ConfigDiff.between(S1A, rate(chain(0.2, 0.3).withSeed(7), 0.05));
        assertThat(d.changes()).extracting(ConfigDiff.Change::path).hasSize(2)
                .anyMatch(p -> p.contains("learning_rate") || p.contains("embedding")).contains("seed");
        assertThat(ConfigDiff.between(S1A, S1A).isEmpty()).isTrue();
        assertThat(ConfigDiff.between(S1A, S1A.withSeed(7)).describe("markov")).isEqualTo("seed 1 → 7");
    }
}
