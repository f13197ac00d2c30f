package tdlab.ui;

import tdlab.ui.compare.ComparisonViewModel;

/**
 * Compare → Pin as an edit: undo takes the pinned run out of the comparison and gives it back as the live run (its
 * frames, step and settings), keeping the fresh run the pin had started for redo, which pins the run again. Once
 * Stop comparing has closed the pinned run there is nothing to give back.
 */
final class PinEdit implements EditHistory.Edit {
    private final String name;
    private final ComparisonViewModel comparison;
    private final SessionViewModel session;
    private SessionViewModel.LiveRun pinned;
    /** While undone: the live run the pin had started. */
    private SessionViewModel.LiveRun fresh;

    /** {@code pinned}: the live run as it was just before the pin took it over. */
    PinEdit(String name, ComparisonViewModel comparison, SessionViewModel session, SessionViewModel.LiveRun pinned) {
        this.name = name;
        this.comparison = comparison;
        this.session = session;
        this.pinned = pinned;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void undo() {
        comparison.unpin(pinned.sim());
        fresh = session.swap(pinned);
    }

    @Override
    public void redo() {
        pinned = session.swap(fresh);
        fresh = null;
        comparison.repin(pinned.sim(), pinned.config());
    }

    @Override
    public boolean possible() {
        return fresh != null || comparison.isPinned(pinned.sim());
    }

    @Override
    public boolean keepsRun() {
        return fresh != null;
    }

    @Override
    public void forget() {
        if (fresh != null) {
            fresh.sim().close();
        }
    }
}
