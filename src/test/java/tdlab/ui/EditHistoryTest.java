package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tdlab.model.ParamGroup;
import tdlab.task.MarkovTask;
import tdlab.task.TransitionMatrix;
import tdlab.train.RunConfig;

class EditHistoryTest {
    private static final RunConfig S1A = Presets.load("s1a-local-to-global-pq-below-one").run();

    private static RunConfig chain(double p, double q) {
        MarkovTask t = (MarkovTask) S1A.task();
        return S1A.withTask(new MarkovTask(TransitionMatrix.binary(p, q), t.initial()));
    }

    private static RunConfig rate(RunConfig c, double lr) {
        return c.withTraining(c.training().withLearningRate(ParamGroup.EMBEDDING, lr));
    }

    @Test
    void undoAndRedoWalkTheEditsAndNameThem() {
        EditHistory h = new EditHistory();
        RunConfig a = chain(0.2, 0.3);
        RunConfig b = chain(0.35, 0.3);
        RunConfig c = rate(b, 0.05);
        h.record(a, b, "markov");
        h.record(b, c, "markov");
        assertThat(h.undoNameProperty().get()).contains("0.01 → 0.05");
        assertThat(h.undo()).hasValue(b);
        assertThat(h.undoNameProperty().get()).isEqualTo("p 0.2 → 0.35");
        assertThat(h.redoNameProperty().get()).contains("0.01 → 0.05");
        assertThat(h.undo()).hasValue(a);
        assertThat(h.canUndoProperty().get()).isFalse();
        assertThat(h.undo()).isEmpty();
        assertThat(h.redo()).hasValue(b);
        h.record(b, chain(0.2, 0.5), "markov"); // a new edit forgets what was undone
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
        h.record(chain(0.2, 0.3), chain(0.25, 0.3), "markov");
        h.record(chain(0.25, 0.3), chain(0.3, 0.35), "markov");
        h.record(chain(0.3, 0.35), chain(0.4, 0.35), "markov");
        h.endGesture();
        assertThat(h.undoNameProperty().get()).isEqualTo("p 0.2 → 0.4, q 0.3 → 0.35");
        assertThat(h.undo()).hasValue(chain(0.2, 0.3));
        assertThat(h.canUndoProperty().get()).isFalse();

        h.beginGesture(); // a drag that comes back to where it started is no edit
        h.record(chain(0.2, 0.3), chain(0.5, 0.3), "markov");
        h.record(chain(0.5, 0.3), chain(0.2, 0.3), "markov");
        h.endGesture();
        assertThat(h.canUndoProperty().get()).isFalse();

        h.record(chain(0.2, 0.3), chain(0.3, 0.3), "markov"); // outside a gesture: one edit each
        h.record(chain(0.3, 0.3), chain(0.4, 0.3), "markov");
        assertThat(h.undo()).hasValue(chain(0.3, 0.3));
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
