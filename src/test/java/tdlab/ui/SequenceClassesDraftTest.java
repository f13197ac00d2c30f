package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.model.yz.YzConfig;
import tdlab.task.ConfigException;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.train.InitConfig;
import tdlab.train.RunConfig;
import tdlab.ui.SequenceClassesDraft.Field;

/** The S4 Data section's draft and the model that follows it, without a window. */
class SequenceClassesDraftTest {
    private final RunConfig s4a = Presets.load("s4a-scan-snap-equal-rates").run();

    @Test
    void moreQueriesMakeALargerTaskAndTheYzModelFollowsItsVocabularyKeepingItsHeads() {
        ConfigDraft d = new ConfigDraft(s4a);
        d.yzHeadsProperty().set(4);
        assertThat(d.classes().set(Field.QUERIES, " 3 ")).isTrue();
        RunConfig c = d.build();
        SequenceClassesTask task = (SequenceClassesTask) c.task();
        assertThat(task.vocab()).isEqualTo(10 + 3 * 10 + 3 + 3);
        assertThat(c.model()).isEqualTo(new YzConfig(46, 4));
        assertThat(d.needsRestart(s4a)).isTrue();
    }

    @Test
    void refusedTextKeepsTheTaskAndBuildNamesTheFieldPath() {
        ConfigDraft d = new ConfigDraft(s4a);
        SequenceClassesDraft classes = d.classes();
        assertThat(classes.set(Field.NEXT_PER_QUERY, "two")).isFalse();
        assertThat(classes.errors().get(Field.NEXT_PER_QUERY).getMessage())
                .isEqualTo("task.next_per_query: must be a whole number, got \"two\"");
        assertThat(classes.task()).isEqualTo(SequenceClassesTask.synSmall());
        assertThatThrownBy(d::build).isInstanceOf(ConfigException.class)
                .hasMessage("task.next_per_query: must be a whole number, got \"two\"");
        // a layout past 4096 token values, a weight ≤ 0 and max below min are the task's own refusals
        assertThat(classes.set(Field.DISTINCT_PER_CLASS, "3000")).isFalse();
        assertThat(classes.errors().get(Field.DISTINCT_PER_CLASS).getMessage()).contains("more than 4096");
        assertThat(classes.set(Field.COMMON_WEIGHT, "0")).isFalse();
        assertThat(classes.errors().get(Field.COMMON_WEIGHT).field()).isEqualTo("task.common_weight");
        assertThat(classes.set(Field.DISTINCT_MAX, "0.05")).isFalse();
        assertThat(classes.errors().get(Field.DISTINCT_MAX).getMessage())
                .startsWith("task.distinct_max: must be in [distinct_min = 0.1");
        // the first refusal in form order blocks the build; Syn-Small drops them all
        assertThat(d.tryBuild()).isNull();
        assertThat(d.errorProperty().get()).startsWith("classes per query: must be a whole number");
        classes.setLayout(SequenceClassesTask.synSmall());
        assertThat(classes.errors()).isEmpty();
        assertThat(d.tryBuild()).isEqualTo(s4a);
    }

    @Test
    void theUniformStartIsPyTorchsDefaultForTheEditedVocabulary() {
        ConfigDraft d = new ConfigDraft(s4a);
        d.classes().set(Field.QUERIES, "3");
        d.setDefaultUniformInit();
        InitConfig init = d.build().init();
        assertThat(init.scheme()).isEqualTo(InitConfig.Scheme.UNIFORM);
        assertThat(init.std()).isCloseTo(1 / Math.sqrt(46), within(1e-15));
    }
}
