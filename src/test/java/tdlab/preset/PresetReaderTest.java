package tdlab.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tdlab.sim.Runs;
import tdlab.train.RunConfig;

class PresetReaderTest {

    @Test
    void everyShippedPresetLoadsAndValidates() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("presets"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString().substring(0, 3))
                .contains("s1a", "s1b", "s1c", "s2a", "s2b", "s2c");
        for (Path f : files) {
            Preset p = PresetReader.read(f);
            assertThat(p.title()).isNotBlank();
            assertThat(p.description()).as(f + " tells the user what to see").hasSizeGreaterThan(80);
            assertThat(f.getFileName().toString().startsWith(p.scenario().toLowerCase())
                    || f.getFileName().toString().startsWith("lesson-")).isTrue();
        }
    }

    @Test
    void writtenPresetReadsBackToAnEqualRunThatGivesTheSameLosses(@TempDir Path dir) throws Exception {
        Preset original = PresetReader.read(Path.of("presets", "s2b-simple-transformer-rank-one-init.json"));
        Path file = dir.resolve("copy.json");
        PresetWriter.write(original, file);
        Preset back = PresetReader.read(file);
        assertThat(back.run()).isEqualTo(original.run());
        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.description()).isEqualTo(original.description());
        RunConfig a = original.run().withSteps(50);
        RunConfig b = back.run().withSteps(50);
        assertThat(Runs.run(b).frames().stream().map(f -> f.trainLoss()).toList())
                .isEqualTo(Runs.run(a).frames().stream().map(f -> f.trainLoss()).toList());
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(file); // no temporary file left behind
        }
    }

    private static List<String> problems(String json) {
        PresetException e = catchThrowableOfType(PresetException.class, () -> PresetReader.parse(json, "test"));
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    private static String s1a() throws IOException {
        return Files.readString(Path.of("presets", "s1a-local-to-global-pq-below-one.json"));
    }

    @Test
    void anUnknownTaskTypeIsRefusedWithTheKnownTypes() throws Exception {
        assertThat(problems(s1a().replace("\"type\": \"markov\"", "\"type\": \"hidden_markov\"")))
                .singleElement().asString().startsWith("task.type:").contains("hidden_markov").contains("knows markov");
    }

    @Test
    void reportsEveryProblemWithItsFieldPath() throws Exception {
        String json = s1a().replace("\"momentum\": 0.9", "\"momentum\": \"fast\"")
                .replace("\"batch_size\": 16", "\"batch_size\": -3")
                .replace("\"p\": 0.2", "\"p\": 1.7")
                .replace("\"scheme\": \"gaussian\"", "\"scheme\": \"xavier\"");
        List<String> problems = problems(json);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("training.optimizer.momentum:").contains("number"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("training.batch_size:").contains("[1, 65536]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("task.p:"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("init.scheme:").contains("gaussian, zero"));
    }

    @Test
    void anUnknownModelTypeIsRefusedWithTheKnownTypes() throws Exception {
        assertThat(problems(s1a().replace("\"type\": \"canonical\"", "\"type\": \"mlp\""))).singleElement().asString()
                .startsWith("model.type: must be ").contains("\"canonical\"").contains("\"transformer\"")
                .endsWith(", got \"mlp\"");
    }

    @Test
    void anInvalidFrozenListIsRefusedWithItsFieldPath() throws Exception {
        assertThat(problems(s1a().replace("\"eval_every\": 10", "\"eval_every\": 10, \"frozen\": [\"brain\"]")))
                .singleElement().asString().startsWith("training.frozen:").contains("not a parameter group");
        assertThat(problems(s1a().replace("\"eval_every\": 10", "\"eval_every\": 10, \"frozen\": \"bias\"")))
                .singleElement().asString().startsWith("training.frozen: must be a list of groups");
    }

    @Test
    void unknownFieldsAreReportedNotDropped() throws Exception {
        List<String> problems = problems(s1a().replace("\"eval_every\": 10", "\"eval_every\": 10, \"evaluate_every\": 5"));
        assertThat(problems).singleElement().asString().startsWith("training.evaluate_every: unknown field");
    }

    @Test
    void refusesNewerVersionsTruncatedFilesAndInconsistentShapes() throws Exception {
        assertThat(problems(s1a().replace("\"version\": 1", "\"version\": 7"))).singleElement().asString()
                .contains("newer").contains("version 7");
        String text = s1a();
        assertThat(problems(text.substring(0, text.length() / 2))).singleElement().asString()
                .startsWith("not valid JSON at line");
        assertThat(problems("")).singleElement().asString().contains("empty");
        assertThat(problems("[1, 2]")).first().asString().contains("must be a JSON object");
        String tooLong = Files.readString(Path.of("presets", "s2a-simple-transformer-standard-init.json"))
                .replace("\"sequence_length\": 256", "\"sequence_length\": 300");
        assertThat(problems(tooLong)).singleElement().asString().startsWith("training.sequence_length:")
                .contains("max_length 256");
        String matrix = s1a().replace("\"p\": 0.2,\n    \"q\": 0.3,",
                "\"matrix\": [[0.5, 0.5], [0.5, 0.4]],");
        assertThat(problems(matrix)).singleElement().asString().startsWith("task.matrix[1]:").contains("sums to 0.9");
    }

    @Test
    void viewAndClassroomFieldsRoundTripAndAreValidated(@TempDir Path dir) throws Exception {
        RunConfig run = Runs.preset("s1a-local-to-global-pq-below-one");
        Preset p = new Preset("Lesson 1", "Watch the plateau.", "S1a", run,
                new ViewSettings("cividis", "dark", List.of("loss", "landscape"), 300),
                new Classroom(List.of("model", "training"), List.of("phase"),
                        List.of(new Classroom.Annotation("loss", "The plateau is H(π)."))));
        Path f = dir.resolve("lesson.json");
        PresetWriter.write(p, f);
        assertThat(PresetReader.read(f)).isEqualTo(p);
        String json = Files.readString(f);
        assertThat(problems(json.replace("\"cividis\"", "\"rainbow\""))).singleElement().asString()
                .startsWith("view.palette:").contains("viridis");
        assertThat(problems(json.replace("\"training\" ]", "\"sidebar\" ]"))).singleElement().asString()
                .startsWith("classroom.locked:").contains("data, model");
        assertThat(problems(json.replace("\"panel\" : \"loss\"", "\"panel\" : \"clock\""))).singleElement()
                .asString().startsWith("classroom.annotations.panel:");
    }

    @Test
    void aPresetWithoutAThemeLeavesItToTheUserAndOneThatNamesItSetsIt() throws Exception {
        Preset plain = PresetReader.read(Path.of("presets", "s1a-local-to-global-pq-below-one.json"));
        assertThat(plain.view().theme()).as("no view section").isNull();
        Preset lesson = PresetReader.read(Path.of("presets", "lesson-unigram-trap.json"));
        assertThat(lesson.view().theme()).as("names light").isEqualTo("light");
        // format version 1 has always written a theme: one left to the user is written as light
        assertThat(PresetWriter.toJson(plain)).contains("\"theme\" : \"light\"");
    }

    @Test
    void aRunRecordReloadsAsItsPreset(@TempDir Path dir) throws Exception {
        Preset p = PresetReader.read(Path.of("presets", "s1b-local-to-global-pq-above-one.json"));
        Runs.Result r = Runs.run(p.run().withSteps(40));
        Path f = dir.resolve("run.json");
        RunRecord.write(f, p.withRun(p.run().withSteps(40)), tdlab.export.MetricsCsv.json(r.info(), r.frames()),
                tdlab.export.RunSummary.of(p.run().withSteps(40), "", r.info(), r.last(), "test", 1, 1));
        Preset back = PresetReader.read(f);
        assertThat(back.run()).isEqualTo(p.run().withSteps(40));
        assertThat(back.title()).isEqualTo(p.title());
        var tree = RunRecord.mapper().readTree(f.toFile());
        assertThat(tree.get("metrics")).hasSize(r.frames().size());
        assertThat(tree.get("metrics").get(4).get("step").asLong()).isEqualTo(40);
    }
}
