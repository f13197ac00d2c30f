package tdlab.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tdlab.ui.dialogs.DialogService;

/**
 * Asks before an action throws trained work away that Undo cannot bring back: "Branch here", which drops the
 * frames after the shown one. (A click that restarts from a picked start, chain or point asks nothing: it is one
 * edit with its restart, and Undo brings the replaced run back.) One question per action, with "don't ask again"
 * for that kind for the rest of the session; nothing is asked when there is nothing to lose (no frames after the
 * shown one).
 */
final class DiscardGuard {
    static final String GO_ON = "Discard and go on";
    static final String GO_ON_ALWAYS = "Discard, and don't ask again for this";

    /** The actions that discard, with the words the question uses for each. */
    enum Kind {
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
        boolean atRisk = vm.framesProperty().get().size() > vm.timelineIndexProperty().get() + 1;
        if (!atRisk || dontAsk.contains(kind)) {
            return true;
        }
        String what = String.format(Locale.ROOT, "The run has trained to step %,d; the frames after the shown one go.",
                step);
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
}
