package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tdlab.task.ConfigException;

/** Field paths read as the sidebar's labels; unknown ones as words, never as paths. */
class FieldLabelsTest {

    @Test
    void matrixCellsAndRowsReadAsTheEditorHeadsThem() {
        assertThat(FieldLabels.label("task.matrix[0][1]")).isEqualTo("Row 0 → 1");
        assertThat(FieldLabels.label("task.matrix[3]")).isEqualTo("Row 3");
        assertThat(FieldLabels.label("task.matrix")).isEqualTo("Transition matrix");
        assertThat(FieldLabels.message(new ConfigException("task.matrix[0][0]", "a probability must be in [0, 1];"
                + " 1.5 given"))).isEqualTo("Row 0 → 0: a probability must be in [0, 1]; 1.5 given");
    }

    @Test
    void everyEditorsFieldsHaveTheirFormsWords() {
        assertThat(FieldLabels.label("task.spans[1]")).isEqualTo("spans, block 2 (oldest = 1)");
        assertThat(FieldLabels.label("task.vocab")).isEqualTo("V (tokens)");
        assertThat(FieldLabels.label("task.temperature")).isEqualTo("τ");
        assertThat(FieldLabels.label("task.next_per_query")).isEqualTo("classes per query");
        assertThat(FieldLabels.label("task.common")).isEqualTo("common tokens");
        assertThat(FieldLabels.label("task.common_per_query")).isEqualTo("common per query");
        assertThat(FieldLabels.label("task.train_sentences")).isEqualTo("training sentences");
        assertThat(FieldLabels.label("task.max_length")).isEqualTo("longest sentence");
        assertThat(FieldLabels.label("task.shift_max_length")).isEqualTo("shift longest");
        assertThat(FieldLabels.label("model.heads")).isEqualTo("heads");
        assertThat(FieldLabels.label("model.embedding_dim")).isEqualTo("width d");
        assertThat(FieldLabels.label("init.std")).isEqualTo("σ");
        assertThat(FieldLabels.label("training.optimizer.momentum")).isEqualTo("momentum μ");
        assertThat(FieldLabels.label("training.batch_size")).isEqualTo("batch");
        assertThat(FieldLabels.label("training.sequence_length")).isEqualTo("length T");
        assertThat(FieldLabels.label("training.schedule.patience")).isEqualTo("schedule");
        assertThat(FieldLabels.label("training.groups.attention")).isEqualTo("learning rate attention");
        assertThat(FieldLabels.label("training.group_learning_rates.embedding")).isEqualTo("learning rate embedding");
        assertThat(FieldLabels.label("training.group_weight_decay.mlp")).isEqualTo("weight decay mlp");
    }

    @Test
    void theDraftsFieldsTakeTheirLabelsFromTheTable() {
        for (HighOrderDraft.Field f : HighOrderDraft.Field.values()) {
            assertThat(f.label()).isEqualTo(FieldLabels.label(f.path())).doesNotContain(".").doesNotContain("_");
        }
        for (SequenceClassesDraft.Field f : SequenceClassesDraft.Field.values()) {
            assertThat(f.label()).isEqualTo(FieldLabels.label(f.path())).doesNotContain(".").doesNotContain("_");
        }
        for (OrdersDraft.Field f : OrdersDraft.Field.values()) {
            assertThat(f.label()).isEqualTo(FieldLabels.label(f.path(), "partial_orders")).doesNotContain(".")
                    .doesNotContain("_");
        }
        // one path, each family's own word: S3's V, S6's K
        assertThat(FieldLabels.label("task.vocab", "high_order_markov")).isEqualTo("V (tokens)");
        assertThat(FieldLabels.label("task.vocab", "partial_orders")).isEqualTo("K (tokens)");
    }

    @Test
    void aFieldNoEditorShowsReadsAsWordsNotAsAPath() {
        assertThat(FieldLabels.label("training.clip_norm")).isEqualTo("clip norm");
        assertThat(FieldLabels.label("probe_length")).isEqualTo("probe length");
        assertThat(FieldLabels.label("init.params[12]")).isEqualTo("the picked start point");
        assertThat(FieldLabels.label("task.blocks[2]")).isEqualTo("blocks");
        assertThat(FieldLabels.label("η_Z")).as("a control's own words stay").isEqualTo("η_Z");
    }
}
