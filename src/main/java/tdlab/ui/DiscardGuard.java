package tdlab.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tdlab.ui.dialogs.DialogService;

/**
 * Asks before an action throws the current run away: a click that restarts from a picked start, chain or point,
 * and "Branch here", which drops the frames after the shown one. One question per action, with "don't ask again"
 * for that kind for the rest of the session; nothing is asked when there is nothing to lose (a run still at
 * step 0, no frames after the shown one).
 */
final class DiscardGuard {
    static final String GO_ON = "Discard and go on";
    static final String GO_ON_ALWAYS = "Discard, and don't ask again for this";

    /** The actions that discard, with the words the question uses for each. */
    enum Kind {
        START_POINT("restart from the start point you clicked"),
        CHAIN("restart on the chain you clicked"),
        PLANE_POINT("restart from the point you clicked on the loss plane"),
        BRANCH("branch from the shown frame, dropping the frames after it");

        private final String action;

        Kind(String action) {
            this.action = action;
        }
    }

    private final SessionViewModel vm;
    private final DialogService dialogs;
    private final Set<Kind> dontAsk = EnumSet.noneOf(Kind.class);

    DiscardGuard(SessionViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    /** True to go on: nothing to lose, the user said so before, or says so now. */
    boolean allows(Kind kind) {
        long step = vm.stepProperty().get();
        boolean laterFrames = vm.framesProperty().get().size() > vm.timelineIndexProperty().get() + 1;
        boolean atRisk = kind == Kind.BRANCH ? laterFrames : step > 0;
        if (!atRisk || dontAsk.contains(kind)) {
            return true;
        }
        String what = kind == Kind.BRANCH
                ? String.format(Locale.ROOT, "The run has trained to step %,d; the frames after the shown one go.", step)
                : String.format(Locale.ROOT, "The current run (step %,d) is discarded.", step);
        Optional<String> answer = dialogs.confirm("Discard the current run?", "This will " + kind.action + ". " + what
                + " To keep it, cancel and use File → Export run record first.", List.of(GO_ON, GO_ON_ALWAYS));
        if (answer.filter(GO_ON_ALWAYS::equals).isPresent()) {
            dontAsk.add(kind);
        }
        return answer.isPresent();
    }

    Runnable around(Kind kind, Runnable action) {
        return () -> {
            if (allows(kind)) {
                action.run();
            }
        };
    }

    <A, B> BiConsumer<A, B> around(Kind kind, BiConsumer<A, B> action) {
        return (a, b) -> {
            if (allows(kind)) {
                action.accept(a, b);
            }
        };
    }

    <A> Consumer<A> around(Kind kind, Consumer<A> action) {
        return a -> {
            if (allows(kind)) {
                action.accept(a);
            }
        };
    }
}
