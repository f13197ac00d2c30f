package tdlab.family.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.family.Outcome;
import tdlab.model.ParamGroup;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;
import tdlab.task.Batch;
import tdlab.task.classes.SequenceClass;
import tdlab.task.classes.SequenceClassesTask;

/** The family's theory, its measures and its preset section, on hand-checkable cases. */
class SequenceClassesFamilyTest {

    @Test
    void theBayesLossIsZeroWhenEachQueryNamesItsClass() {
        SequenceClassesTask t = SequenceClassesTask.synSmall();
        Batch v = t.sampler().allocate(64, 16);
        t.sampler().fill(v, 1);
        ScanSnapTheory theory = ScanSnapTheory.of(t, v);
        assertThat(theory.bayes().exact()).isTrue();
        assertThat(theory.bayes().value()).isZero();
        assertThat(theory.validationBayes()).isZero();
        assertThat(theory.uniformLoss()).isEqualTo(Math.log(34));
    }

    /** One context token: the Bayes loss is a finite sum, E[−ln P(n | x)] with P(n | x) ∝ P(x | n). */
    @Test
    void theMonteCarloBayesLossMatchesTheExactSumForOneContextToken() {
        SequenceClassesTask t = new SequenceClassesTask(1, 2, 2, 0, 3, 1.0, 0.1, 1.0);
        double exact = 0;
        SequenceClass a = t.sequenceClass(0);
        SequenceClass b = t.sequenceClass(1);
        for (SequenceClass c : List.of(a, b)) {
            for (int i = 0; i < c.tokens().length; i++) {
                int x = c.tokens()[i];
                double px = c.probs()[i];
                exact += 0.5 * px * -Math.log(px / (a.probability(x) + b.probability(x)));
            }
        }
        Batch v = t.sampler().allocate(8, 2);
        t.sampler().fill(v, 1);
        BayesClassLoss mc = ScanSnapTheory.of(t, v).bayes();
        assertThat(mc.exact()).isFalse();
        assertThat(exact).isGreaterThan(0.05);
        assertThat(mc.value()).isCloseTo(exact, offset(4 * mc.error()));
    }

    @Test
    void t0AndTheTheorem4BoundFollowTheirFormulas() {
        ScanSnapTheory theory = ScanSnapTheory.of(SequenceClassesTask.synSmall(), batch());
        assertThat(theory.snapTime(1)).isCloseTo(14.1, offset(0.01)); // science.md §4.4: t0 = 14.1/η_Y
        // scan regime at t = 2 (< K ln M/η_Y = 7.05): ¼ ln(C0 + 2(M−1)²/(KM²)·η_Y η_Z t²), C0 = 1 from B(0) = 0
        double q = 33.0 * 33 / (34.0 * 34);
        assertThat(theory.bound(0, 1, 1)).isZero();
        assertThat(theory.bound(2, 1, 1)).isCloseTo(0.25 * Math.log(1 + q * 4), offset(1e-12));
        assertThat(theory.bound(10, 1, 1)).isNaN(); // between t0' and t0 the theorem is silent
        double l = Math.log(34 * 20 / 2.0);
        assertThat(theory.bound(20, 1, 1)).isCloseTo(0.25 * Math.log(1 + 4 * q * l * l), offset(1e-12));
        // snap: B grows like ln ln t; a tenfold time after the snap adds less than a doubling during the scan
        assertThat(theory.bound(2000, 1, 1) - theory.bound(200, 1, 1))
                .isLessThan(theory.bound(4, 1, 1) - theory.bound(2, 1, 1));
    }

    @Test
    void lossByIterationKeepsOnlyStepsRecordedOneApart() {
        List<Outcome.Point> history = List.of(new Outcome.Point(0, 3.5, Double.NaN, Map.of()),
                new Outcome.Point(1, 3.0, 3.4, Map.of()), new Outcome.Point(2, 2.0, 2.9, Map.of()),
                new Outcome.Point(4, 1.0, 1.5, Map.of()));
        Outcome o = new Outcome(4, 1.0, 1.5, Double.NaN, new double[0][0], Map.of(), history,
                new double[] {0, 0, 0, 0, 2.0, 0});
        assertThat(ScanSnapMeasures.lossByIteration(o)).containsExactly(3.4, 2.9, null, null);
        ScanSnapTheory theory = ScanSnapTheory.of(SequenceClassesTask.synSmall(), batch());
        Map<String, Object> m = new SequenceClassesFamily().measures(SequenceClassesTask.synSmall(), theory, o);
        assertThat((Double) m.get("t0")).isCloseTo(theory.snapTime(2.0), offset(1e-15));
        assertThat(o.learningRate(ParamGroup.HEAD)).isEqualTo(2.0);
    }

    @Test
    void theLayoutShortcutFillsThePapersValuesAndFieldsOverrideIt() throws Exception {
        String json = Files.readString(Path.of("presets", "s4a-scan-snap-equal-rates.json"))
                .replace("\"layout\": \"syn_small\"", "\"layout\": \"syn_medium\", \"queries\": 3")
                .replace("\"vocab\": 34", "\"vocab\": 79");
        SequenceClassesTask t = (SequenceClassesTask) PresetReader.parse(json, "medium").run().task();
        assertThat(t).isEqualTo(SequenceClassesTask.synMedium(3));
        assertThat(t.vocab()).isEqualTo(10 + 60 + 3 + 6);
    }

    @Test
    void badTaskFieldsAndATransformerAreRefusedWithTheirPaths() throws Exception {
        String good = Files.readString(Path.of("presets", "s4a-scan-snap-equal-rates.json"));
        assertThat(problems(good.replace("\"layout\": \"syn_small\"", "\"layout\": \"syn_small\", \"distinct_min\": 0")))
                .anyMatch(p -> p.startsWith("task.distinct_min: "));
        assertThat(problems(good.replace("\"layout\": \"syn_small\"", "\"layout\": \"syn_small\", \"distinct_per_class\": 3000")))
                .anyMatch(p -> p.startsWith("task.distinct_per_class: ") && p.contains("4096"));
        assertThat(problems(good.replace("\"sequence_length\": 128", "\"sequence_length\": 1")))
                .anyMatch(p -> p.startsWith("training.sequence_length: "));
        assertThat(problems(good.replace("\"attention\": 1.0", "\"attention\": -1.0")))
                .anyMatch(p -> p.contains("training.group_learning_rates.attention"));
        assertThat(problems(good.replace("\"type\": \"yz\",", "\"type\": \"transformer\", \"base\": \"gpt\",")
                .replace("\"heads\": 1", "\"heads\": 1, \"max_length\": 128")))
                .anyMatch(p -> p.startsWith("model.type: ") && p.contains("yz"));
    }

    private static List<String> problems(String json) {
        try {
            PresetReader.parse(json, "edited");
            return List.of();
        } catch (PresetException e) {
            return e.problems();
        }
    }

    private static Batch batch() {
        SequenceClassesTask t = SequenceClassesTask.synSmall();
        Batch v = t.sampler().allocate(8, 16);
        t.sampler().fill(v, 1);
        return v;
    }
}
