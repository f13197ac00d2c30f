package tdlab.ui;

/**
 * An edit that replaced the live run (Apply &amp; restart, a lesson step's settings): undo brings the replaced run back
 * as it was left (its frames, its step, its timeline marks), not a re-run, and keeps the one it replaces for redo.
 * Whichever run is not live is kept paused until the history forgets the edit, which closes it.
 */
public final class RunSwap implements EditHistory.Edit {
    private final String name;
    private final SessionViewModel session;
    private final Runnable afterUndo;
    private SessionViewModel.LiveRun kept;

    /**
     * @param replaced  the run the edit replaced, paused and not closed ({@link SessionViewModel#applyKeeping})
     * @param afterUndo what else goes back with the run (the sidebar's draft as it was before the restart)
     */
    public RunSwap(String name, SessionViewModel session, SessionViewModel.LiveRun replaced, Runnable afterUndo) {
        this.name = name;
        this.session = session;
        this.kept = replaced;
        this.afterUndo = afterUndo;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void undo() {
        kept = session.swap(kept);
        afterUndo.run();
    }

    @Override
    public void redo() {
        kept = session.swap(kept);
    }

    @Override
    public boolean keepsRun() {
        return true;
    }

    @Override
    public void forget() {
        kept.sim().close();
    }
}
