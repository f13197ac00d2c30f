package tdlab.family.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.preset.PresetWriter;
import tdlab.task.orders.OrderKind;
import tdlab.task.orders.PartialOrdersTask;

/** The task section's order fields: read, written back and refused with their paths. */
class PartialOrdersTaskSectionTest {
    private static String s6c() throws Exception {
        return Files.readString(Path.of("presets", "s6c-random-dag.json"));
    }

    private static List<String> problems(String json) {
        PresetException e = catchThrowableOfType(PresetException.class, () -> PresetReader.parse(json, "test"));
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    @Test
    void theDagPresetReadsItsOrderAndWritesItBack() throws Exception {
        PartialOrdersTask t = (PartialOrdersTask) PresetReader.parse(s6c(), "s6c").run().task();
        assertThat(t.order()).isEqualTo(OrderKind.RANDOM_DAG);
        assertThat(t.edgeProbability()).isEqualTo(0.3);
        String written = PresetWriter.toJson(PresetReader.parse(s6c(), "s6c"));
        assertThat(written).contains("\"order\" : \"random_dag\"").contains("\"edge_probability\" : 0.3");
        assertThat(PresetReader.parse(written, "again").run().task()).isEqualTo(t);
    }

    @Test
    void leftOutTheOrderIsS6asPriorities() throws Exception {
        String json = s6c().replace("\"order\": \"random_dag\",", "").replace("\"edge_probability\": 0.3,", "");
        PartialOrdersTask t = (PartialOrdersTask) PresetReader.parse(json, "test").run().task();
        assertThat(t.order()).isEqualTo(OrderKind.PRIORITIES);
        assertThat(t.edgeProbability()).isEqualTo(PartialOrdersTask.DEFAULT_EDGE_PROBABILITY);
    }

    @Test
    void badOrderFieldsAreRefusedWithTheirPaths() throws Exception {
        assertThat(problems(s6c().replace("\"random_dag\"", "\"dag\""))).singleElement().asString()
                .startsWith("task.order: must be one of priorities, random_dag");
        assertThat(problems(s6c().replace("\"edge_probability\": 0.3", "\"edge_probability\": 0")))
                .singleElement().asString().startsWith("task.edge_probability: must be a number in (0, 1]");
        assertThat(problems(s6c().replace("\"edge_probability\": 0.3", "\"edge_probability\": 1.2")))
                .singleElement().asString().startsWith("task.edge_probability:");
        assertThat(problems(s6c().replace("\"edge_probability\": 0.3", "\"edge_probability\": \"high\"")))
                .singleElement().asString().startsWith("task.edge_probability: must be a number");
        // so few edges that the training sentences cannot be drawn
        assertThat(problems(s6c().replace("\"edge_probability\": 0.3", "\"edge_probability\": 0.0001")))
                .singleElement().asString().startsWith("task.edge_probability: only ")
                .contains("unique maximal token");
        // too sparse for S6's shift set: the shift set cannot be drawn from the orders
        assertThat(problems(s6c().replace("\"edge_probability\": 0.3", "\"edge_probability\": 0.1")))
                .singleElement().asString().startsWith("task.shift_sentences: only ");
    }
}
