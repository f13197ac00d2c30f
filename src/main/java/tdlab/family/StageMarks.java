package tdlab.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tdlab.model.ParamGroup;
import tdlab.train.Stage;
import tdlab.train.TrainingConfig;

/**
 * Where a staged run's training stages ({@code training.stages}) begin, for every time axis: each boundary as a
 * {@link TimeMark} ("stage 2: attention"), and the start steps the measures read ({@link Outcome#stageStarts}).
 */
public final class StageMarks {
    private StageMarks() {
    }

    /** 0 and the cumulative step counts of the stages before each stage; empty without stages. */
    public static List<Long> starts(TrainingConfig training) {
        List<Long> out = new ArrayList<>();
        long at = 0;
        for (Stage s : training.stages()) {
            out.add(at);
            at += s.steps();
        }
        return out;
    }

    /** A dashed line where each stage after the first begins, labelled with the groups it trains. */
    public static List<TimeMark> of(TrainingConfig training) {
        List<Stage> stages = training.stages();
        List<Long> starts = starts(training);
        List<TimeMark> marks = new ArrayList<>();
        for (int i = 1; i < stages.size(); i++) {
            String groups = stages.get(i).trainable().stream().map(ParamGroup::key).sorted()
                    .collect(Collectors.joining(", "));
            String before = stages.get(i - 1).trainable().stream().map(ParamGroup::key).sorted()
                    .collect(Collectors.joining(", "));
            marks.add(new TimeMark(starts.get(i), String.format(Locale.ROOT, "stage %d: %s", i + 1, groups),
                    String.format(Locale.ROOT, "Stage %d begins at step %d: from here only %s train%s (stage %d"
                            + " trained %s); the other groups are frozen.", i + 1, starts.get(i), groups,
                            stages.get(i).trainable().size() == 1 ? "s" : "", i, before)));
        }
        return marks;
    }
}
