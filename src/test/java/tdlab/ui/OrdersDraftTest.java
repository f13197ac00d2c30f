package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tdlab.model.kqov.KqOvConfig;
import tdlab.task.ConfigException;
import tdlab.task.orders.PartialOrdersTask;
import tdlab.train.RunConfig;
import tdlab.ui.OrdersDraft.Field;

/** The S6 Data section's draft and the model and training shape that follow it, without a window. */
class OrdersDraftTest {
    private final RunConfig s6a = Presets.load("s6a-two-stage-one-hot").run();

    @Test
    void theS6aTaskIsThePresetsTask() {
        assertThat(PartialOrdersTask.s6(0)).isEqualTo(s6a.task());
        ConfigDraft d = new ConfigDraft(s6a);
        d.orders().set(Field.VOCAB, "10");
        d.orders().set(Field.SEED, "7");
        d.orders().setTask(PartialOrdersTask.s6(0));
        assertThat(d.tryBuild()).isEqualTo(s6a);
    }

    /** The order's fields round-trip: S6a's draft set to a DAG is S6c's task; the texts show what was set. */
    @Test
    void theOrderAndEdgeProbabilityMakeS6csTask() {
        RunConfig s6c = Presets.load("s6c-random-dag").run();
        ConfigDraft d = new ConfigDraft(s6a);
        OrdersDraft orders = d.orders();
        assertThat(orders.text(Field.ORDER)).isEqualTo("priorities");
        assertThat(orders.text(Field.EDGE_PROBABILITY)).isEqualTo("0.5");
        assertThat(orders.set(Field.ORDER, "random_dag")).isTrue();
        assertThat(orders.set(Field.EDGE_PROBABILITY, "0,3")).isTrue();
        assertThat(d.build().task()).isEqualTo(s6c.task());
        assertThat(orders.text(Field.ORDER)).isEqualTo("random_dag");
        assertThat(orders.text(Field.EDGE_PROBABILITY)).isEqualTo("0.3");
        assertThat(orders.data().total()).isFalse();
        ConfigDraft back = new ConfigDraft(s6c);
        assertThat(back.orders().text(Field.ORDER)).isEqualTo("random_dag");
        assertThat(back.orders().text(Field.EDGE_PROBABILITY)).isEqualTo("0.3");
        assertThat(back.tryBuild()).isEqualTo(s6c);
    }

    @Test
    void badOrderTextIsRefusedWithItsFieldPath() {
        OrdersDraft orders = new ConfigDraft(s6a).orders();
        assertThat(orders.set(Field.ORDER, "dag")).isFalse();
        assertThat(orders.errors().get(Field.ORDER).getMessage()).startsWith("task.order: must be one of priorities,"
                + " random_dag");
        assertThat(orders.set(Field.ORDER, "random_dag")).isTrue();
        assertThat(orders.set(Field.EDGE_PROBABILITY, "1.5")).isFalse();
        assertThat(FieldLabels.message(orders.errors().get(Field.EDGE_PROBABILITY), "partial_orders"))
                .isEqualTo("edge probability: must be a number in (0, 1], got 1.5");
        assertThat(orders.set(Field.EDGE_PROBABILITY, "often")).isFalse();
        assertThat(orders.errors().get(Field.EDGE_PROBABILITY).field()).isEqualTo("task.edge_probability");
        // too sparse for S6's shift set: the orders cannot give 300 transitive shift sentences
        assertThat(orders.set(Field.EDGE_PROBABILITY, "0.1")).isFalse();
        assertThat(orders.errors().get(Field.EDGE_PROBABILITY).field()).isEqualTo("task.shift_sentences");
        assertThat(((PartialOrdersTask) orders.task()).edgeProbability()).isEqualTo(0.5);
    }

    @Test
    void aNewKResizesTheKqOvModelKeepingItsEmbedding() {
        ConfigDraft d = new ConfigDraft(s6a);
        assertThat(d.kindProperty().get()).isEqualTo(ModelDraft.ModelKind.KQ_OV);
        assertThat(d.orders().set(Field.VOCAB, " 16 ")).isTrue();
        RunConfig c = d.build();
        assertThat(((PartialOrdersTask) c.task()).vocab()).isEqualTo(16);
        assertThat(c.model()).isEqualTo(new KqOvConfig(16, 0, 0));
        assertThat(d.needsRestart(s6a)).isTrue();
    }

    @Test
    void theFullBatchAndTheLengthFollowTheSets() {
        ConfigDraft d = new ConfigDraft(s6a);
        assertThat(d.orders().set(Field.TRAIN_SENTENCES, "200")).isTrue();
        assertThat(d.orders().set(Field.MAX_LENGTH, "7")).isTrue();
        assertThat(d.orders().set(Field.SHIFT_SENTENCES, "100")).isTrue();
        RunConfig c = d.build();
        assertThat(c.training().batchSize()).as("full batch stays full").isEqualTo(200);
        assertThat(c.training().sequenceLength()).as("a sentence of max_length fits").isEqualTo(7);
        assertThat(c.training().evalSequences()).as("the shift set stays whole").isEqualTo(100);
    }

    @Test
    void refusedTextKeepsTheTaskAndBuildNamesTheFieldPath() {
        ConfigDraft d = new ConfigDraft(s6a);
        OrdersDraft orders = d.orders();
        assertThat(orders.set(Field.VOCAB, "1")).isFalse();
        assertThat(orders.errors().get(Field.VOCAB).field()).isEqualTo("task.vocab");
        assertThat(FieldLabels.message(orders.errors().get(Field.VOCAB), "partial_orders")).startsWith("K (tokens): must be");
        assertThat(FieldLabels.message(orders.errors().get(Field.VOCAB))).startsWith("V (tokens): must be"); // S3's word
        assertThat(orders.set(Field.SHIFT_MAX_LENGTH, "3")).isFalse();
        assertThat(FieldLabels.message(orders.errors().get(Field.SHIFT_MAX_LENGTH)))
                .startsWith("shift longest: must be an integer in [shift_min_length = 4");
        assertThat(orders.set(Field.MAX_LENGTH, "x")).isFalse();
        assertThat(orders.errors().get(Field.MAX_LENGTH).getMessage())
                .isEqualTo("task.max_length: must be a whole number, got \"x\"");
        assertThat(orders.task()).isEqualTo(s6a.task());
        assertThatThrownBy(d::build).isInstanceOf(ConfigException.class).hasMessageStartingWith("task.vocab:");
        assertThat(d.tryBuild()).isNull();
        assertThat(d.errorProperty().get()).startsWith("K (tokens): ");
        orders.setTask(PartialOrdersTask.s6(0));
        assertThat(orders.errors()).isEmpty();
        assertThat(d.tryBuild()).isEqualTo(s6a);
    }
}
