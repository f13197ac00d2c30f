package tdlab.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tdlab.family.classes.SequenceClassesFamily;
import tdlab.family.highorder.HighOrderFamily;
import tdlab.family.markov.MarkovFamily;
import tdlab.family.mixture.TokenizedMixtureFamily;
import tdlab.family.orders.PartialOrdersFamily;
import tdlab.family.population.PopulationFamily;
import tdlab.model.ModelSpec;
import tdlab.task.Batch;
import tdlab.task.TaskSpec;

/** The task families this build knows, by {@code task.type}. Adding a family adds one entry here. */
public final class Families {
    private static final List<TaskFamily<?>> ALL = List.of(new MarkovFamily(), new HighOrderFamily(),
            new PopulationFamily(), new SequenceClassesFamily(), new TokenizedMixtureFamily(),
            new PartialOrdersFamily());

    private Families() {
    }

    public static List<TaskFamily<?>> all() {
        return ALL;
    }

    /** The family of a preset's {@code task.type}. */
    public static Optional<TaskFamily<?>> byType(String type) {
        return ALL.stream().filter(f -> f.type().equals(type)).findFirst();
    }

    /** The known types, for the message that refuses an unknown one. */
    public static List<String> types() {
        return ALL.stream().map(TaskFamily::type).toList();
    }

    /** A task together with its family, so callers never cast the task. */
    public static Bound<?> of(TaskSpec task) {
        TaskFamily<?> family = byType(task.type()).orElseThrow(() -> new IllegalArgumentException(
                "no task family " + task.type() + "; known: " + types()));
        return bind(family, task);
    }

    private static <T extends TaskSpec> Bound<T> bind(TaskFamily<T> family, TaskSpec task) {
        return new Bound<>(family, family.cast(task));
    }

    /** A task bound to its family: the family's operations on that task. */
    public record Bound<T extends TaskSpec>(TaskFamily<T> family, T task) {

        public TaskTheory theory(Batch validation) {
            return family.theory(task, validation);
        }

        public List<String> panels(ModelSpec model) {
            return family.panels(task, model);
        }

        public Map<String, Double> series(TaskTheory theory, tdlab.model.TrainableModel model, double[] params,
                                          Batch validation, double validationLoss) {
            return family.series(task, theory, model, params, validation, validationLoss);
        }

        public Map<String, Object> measures(TaskTheory theory, Outcome outcome) {
            return family.measures(task, theory, outcome);
        }

        public void checkModel(ModelSpec model) {
            family.checkModel(task, model);
        }

        /** The exact population loss of this model on the task, or null where the theory has none. */
        public tdlab.train.ExactLoss exactLoss(ModelSpec model) {
            return family.exactLoss(task, model).orElse(null);
        }

        public void write(com.fasterxml.jackson.databind.node.ObjectNode node) {
            family.section().write(task, node);
        }
    }
}
