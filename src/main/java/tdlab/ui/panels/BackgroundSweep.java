package tdlab.ui.panels;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A sweep panel's work in the background: one daemon thread per sweep, progress and a status line for the panel, a
 * cancel that stops starting runs (the finished ones are kept), and the result handed back on the FX thread. The
 * phase diagram, the learning-rate sweep and the heads sweep each say only what they run and what they show.
 */
public final class BackgroundSweep {
    /** The sweep itself, run off the FX thread: {@code progress} gets the runs done, {@code cancel} is asked. */
    public interface Work<R> {
        R run(IntConsumer progress, AtomicBoolean cancel) throws InterruptedException;
    }

    /** What the finished (or cancelled) sweep hands back, on the FX thread. */
    public interface Done<R> {
        void accept(R result, double seconds, boolean cancelled);
    }

    private final String threadName;
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status;
    private AtomicBoolean cancelFlag;

    public BackgroundSweep(String threadName, String initialStatus) {
        this.threadName = threadName;
        this.status = new ReadOnlyStringWrapper(initialStatus);
    }

    /** Starts {@code work} over {@code total} runs, saying {@code started}; {@code done} gets its result. */
    public <R> void start(int total, String started, Work<R> work, Done<R> done) {
        AtomicBoolean flag = new AtomicBoolean();
        cancelFlag = flag;
        computing.set(true);
        progress.set(0);
        status.set(started);
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                R out = work.run(n -> Platform.runLater(() -> progress.set(n / (double) total)), flag);
                double secs = (System.nanoTime() - t0) / 1e9;
                Platform.runLater(() -> {
                    computing.set(false);
                    done.accept(out, secs, flag.get());
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    status.set("the sweep failed: " + e.getMessage());
                    computing.set(false);
                });
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
    }

    /** Stops starting runs; the finished ones are kept. */
    public void cancel() {
        if (cancelFlag != null) {
            cancelFlag.set(true);
        }
    }

    /** The status line says this (a refusal, the finished sweep's summary). */
    public void say(String text) {
        status.set(text);
    }

    /** Worker threads for a sweep: every core. */
    public static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
