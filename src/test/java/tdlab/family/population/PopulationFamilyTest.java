package tdlab.family.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tdlab.family.Outcome;
import tdlab.preset.PresetException;
import tdlab.preset.PresetReader;

/** The population family's pieces: plateau detection, head switches, and the preset's field-path messages. */
class PopulationFamilyTest {

    @Test
    void aStaircaseGivesItsLevelsAndASlopeGivesNone() {
        double[] stairs = new double[60];
        for (int i = 0; i < 60; i++) {
            stairs[i] = i < 15 ? 6.0 : i < 18 ? 6.0 - (i - 14) : i < 35 ? 2.0 + 1e-4 * (35 - i) : i < 38 ? 1.0 : 0.5;
        }
        assertThat(Plateaus.levels(stairs)).hasSize(3).satisfies(l -> {
            assertThat(l.get(0)).isEqualTo(6.0);
            assertThat(l.get(1)).isBetween(2.0, 2.002); // a level from inside the slowly drifting stretch
            assertThat(l.get(2)).isEqualTo(0.5);
        });
        double[] slope = new double[40];
        for (int i = 0; i < 40; i++) {
            slope[i] = 10 * Math.exp(-0.1 * i);
        }
        assertThat(Plateaus.levels(slope)).isEmpty();
        assertThat(Plateaus.levels(new double[] {1, 1})).isEmpty();
    }

    @Test
    void aSwitchCountsOnlyOnceTheNewBlockLeadsByTheMargin() {
        List<Outcome.Point> history = List.of(point(0, 0.34, 0.33), point(1, 0.2, 0.7), point(2, 0.45, 0.46),
                point(3, 0.5, 0.3), point(4, 0.6, 0.2));
        List<Map<String, Object>> s = Switches.of(history, 1, 2);
        assertThat(s).hasSize(2);
        assertThat(s.get(0)).containsEntry("step", 1L).containsEntry("to", 2).containsEntry("from", null);
        assertThat(s.get(1)).containsEntry("step", 3L).containsEntry("from", 2).containsEntry("to", 1);
    }

    private static Outcome.Point point(long step, double b1, double b2) {
        return new Outcome.Point(step, 0, Map.of("mass_h1_b1", b1, "mass_h1_b2", b2));
    }

    @Test
    void everyNewFieldIsValidatedWithItsPath() throws Exception {
        String good = Files.readString(Path.of("presets", "s3a-ode-staircase.json"));
        assertThat(PresetReader.parse(good, "s3a").run().model().kind()).isEqualTo("ode_eq4");
        assertRefused(good, good.replace("\"positions\": 40", "\"positions\": 2"), "model.positions");
        assertRefused(good, good.replace("\"init_noise\": 1e-6", "\"init_noise\": -1"), "model.init_noise");
        assertRefused(good, good.replace("\"heads\": 3", "\"heads\": 0"), "model.heads");
        assertRefused(good, good.replace("\"ratio\": 1.7,\n    \"heads\"", "\"ratio\": 2,\n    \"heads\""), "model.ratio");
        assertRefused(good, good.replace("\"blocks\": 3,\n    \"ratio\"", "\"blocks\": 2,\n    \"ratio\""), "model.blocks");
        assertRefused(good, good.replace("\"blocks\": 3,\n    \"ratio\": 1.7\n", "\"blocks\": 0,\n    \"ratio\": 1.7\n"),
                "task.blocks");
        assertRefused(good, good.replace("\"scheme\": \"model_default\"", "\"scheme\": \"gaussian\""), "init.scheme");
        assertRefused(good, good.replace("\"batch_size\": 1", "\"batch_size\": 4"), "training.batch_size");
        assertRefused(good, good.replace("\"ratio\": 1.7\n  }", "\"ratio\": 1.7, \"extra\": 1\n  }"), "task.extra");
    }

    private static void assertRefused(String good, String json, String field) {
        assertThat(json).as("the edit for " + field + " applies").isNotEqualTo(good);
        try {
            PresetReader.parse(json, "edited");
            throw new AssertionError("accepted a preset with a bad " + field);
        } catch (PresetException e) {
            assertThat(e.getMessage()).contains(field);
        }
    }
}
