package tdlab.sim;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import tdlab.model.ParamGroup;
import tdlab.task.ConfigException;
import tdlab.family.Families;
import tdlab.train.Checkpoint;
import tdlab.train.GroupSettings;
import tdlab.train.RunConfig;
import tdlab.train.StepResult;
import tdlab.train.Trainer;

/**
 * One run on its own training thread. Callers send commands (play, pause, step, run to a step, set a
 * learning rate, reset, branch from a recorded frame); the thread applies them between steps and
 * publishes immutable {@link Frame}s: the newest through {@link #latest()}, every one to listeners (called
 * on the training thread) and into a bounded {@link Timeline}. Nothing but the training thread touches
 * the model.
 */
public final class Simulation implements AutoCloseable {
    /**
     * Memory for the timeline's checkpoints; the frame count adapts to the model's size. The frames' own arrays come
     * on top (S2c: 29 KB a checkpoint, 42 KB a frame in all): 96 MB let one long S2c run hold 3426 frames, 140 MB of a
     * window that should stay under 500 MB resident (issue 14); 32 MB keeps 1142, 48 MB.
     */
    public static final long TIMELINE_BUDGET_BYTES = 32L << 20;

    public enum Status {
        /** Waiting for a command. */
        PAUSED,
        /** Training. */
        RUNNING,
        /** Reached the configured number of steps. */
        FINISHED,
        /** Stopped on a non-finite loss or parameter; {@link Frame#divergence()} says why. */
        DIVERGED,
        /** The training thread failed; see {@link #failure()}. */
        FAILED,
        CLOSED
    }

    private final RunConfig config;
    private final RunInfo info;
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final List<Consumer<Frame>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private final Object monitor = new Object();
    private volatile Frame latest;
    private volatile Status status = Status.PAUSED;
    private volatile long currentStep;
    private volatile Throwable failure;
    private volatile boolean busy;
    private volatile List<Frame> frames = List.of();

    // owned by the training thread
    private Trainer trainer;
    private FrameBuilder builder;
    private final Timeline timeline;
    /** A fork's history up to the step it starts from; null for a run that starts at step 0. */
    private final Timeline inherited;
    private long target = -1;
    private long pendingSteps;
    private double speedLimit;
    private double lossSum;
    private int lossCount;
    private double lastGradNorm = Double.NaN;
    private long windowStart;
    private long windowSteps;
    private final int defaultThreads;

    /** Builds the model (config errors surface here, on the caller's thread); call {@link #start()}. */
    public Simulation(RunConfig config) {
        this(config, 1);
    }

    /**
     * The same, stepping on {@code defaultThreads} threads where the configuration leaves the count to the caller
     * (all cores headless, fewer in the window, which draws on the others).
     */
    public Simulation(RunConfig config, int defaultThreads) {
        this(config, defaultThreads, null);
    }

    private Simulation(RunConfig config, int defaultThreads, Timeline inherited) {
        this.inherited = inherited;
        this.config = config;
        this.defaultThreads = defaultThreads;
        this.trainer = new Trainer(config, defaultThreads, Families.of(config.task()).exactLoss(config.model()));
        this.info = new RunInfo(config.name(), trainer.model().backend(), trainer.model().layout().size(),
                config.training().steps(), Families.of(config.task()).theory(trainer.validationBatch()),
                config.task().warnings());
        this.timeline = inherited != null ? inherited
                : Timeline.withBudget(trainer.checkpoint().sizeInBytes(), TIMELINE_BUDGET_BYTES);
        this.thread = new Thread(this::loop, "tdlab-train-" + config.name());
        this.thread.setDaemon(true);
    }

    public RunConfig config() {
        return config;
    }

    public RunInfo info() {
        return info;
    }

    /** Starts the training thread; it records the step-0 frame and waits, paused. */
    public Simulation start() {
        busy = true;
        thread.start();
        return this;
    }

    public void addListener(Consumer<Frame> listener) {
        listeners.add(listener);
    }

    public void play() {
        send(new Command.Play());
    }

    public void pause() {
        send(new Command.Pause());
    }

    public void step(int n) {
        ConfigException.require(n >= 1, "steps", "must be ≥ 1");
        send(new Command.StepBy(n));
    }

    /** Trains until the given step count (then pauses, or finishes at the configured length). */
    public void runTo(long step) {
        send(new Command.RunTo(step));
    }

    /** Applies at the next step; the step counter and optimizer state are kept. */
    public void setLearningRate(ParamGroup group, double lr) {
        new GroupSettings(lr, 0, false); // validates the value on the caller's thread
        send(new Command.SetLearningRate(group, lr));
    }

    /** Caps training speed (steps per second); 0 removes the cap. */
    public void setSpeedLimit(double stepsPerSecond) {
        ConfigException.require(Double.isFinite(stepsPerSecond) && stepsPerSecond >= 0, "speed",
                "must be ≥ 0 steps per second");
        send(new Command.SetSpeedLimit(stepsPerSecond));
    }

    /**
     * A new run, started and paused, that holds this run's frames up to the recorded {@code step} and goes on from
     * there with {@code config} (the same task and model; its learning rates apply from that step), while this run
     * keeps all of its frames: Branch here as an edit that Undo can take back. Empty when the step is not recorded or
     * this run's thread has stopped.
     */
    public java.util.Optional<Simulation> fork(long step, RunConfig config) {
        var result = new java.util.concurrent.CompletableFuture<Simulation>();
        send(new Command.Fork(step, config, defaultThreads, result));
        try {
            return java.util.Optional.ofNullable(result.get(30, java.util.concurrent.TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            result.cancel(false);
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not fork the run at step " + step, e.getCause());
        }
    }

    /** Re-initialises from the configuration: step 0, timeline cleared. */
    public void reset() {
        send(new Command.Reset());
    }

    /**
     * Continues from the recorded frame at {@code step} with the current learning rates: restores its
     * parameters and optimizer state and drops the later frames. Also the rollback after a divergence.
     */
    public void branch(long step) {
        send(new Command.Branch(step));
    }

    private void send(Command c) {
        if (status == Status.CLOSED || status == Status.FAILED) {
            throw new IllegalStateException("simulation is " + status);
        }
        synchronized (monitor) { // atomic with signalIdle, so awaitIdle never misses a command
            busy = true;
            commands.add(c);
        }
    }

    public Frame latest() {
        return latest;
    }

    /** The recorded timeline (a snapshot; thinned in long runs). */
    public List<Frame> frames() {
        return frames;
    }

    public Status status() {
        return status;
    }

    /** Steps done so far, updated after every step (frames come less often). */
    public long currentStep() {
        return currentStep;
    }

    public Throwable failure() {
        return failure;
    }

    /**
     * Blocks until the thread has applied every command sent so far and stopped training (paused,
     * finished, diverged or failed), or the timeout passes. Returns true when idle.
     */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (monitor) {
            while (busy && status != Status.FAILED && status != Status.CLOSED) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                monitor.wait(left);
            }
            return !busy || status == Status.FAILED || status == Status.CLOSED;
        }
    }

    @Override
    public void close() {
        if (status != Status.CLOSED && thread.isAlive()) {
            commands.add(new Command.Close());
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        status = Status.CLOSED;
    }

    // ---------------------------------------------------------------- training thread

    private void loop() {
        try {
            builder = new FrameBuilder(trainer, info.theory());
            if (inherited != null) {
                resumeInherited();
            } else {
                record(null);
            }
            while (true) {
                Command c = active() ? commands.poll() : takeWhenIdle();
                while (c != null) {
                    if (c instanceof Command.Close) {
                        return;
                    }
                    apply(c);
                    c = commands.poll();
                }
                if (active()) {
                    stepOnce();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            failure = t;
            setStatus(Status.FAILED);
        } finally {
            trainer.close(); // its step threads, if any, end with the run
            signalIdle();
        }
    }

    private Command takeWhenIdle() throws InterruptedException {
        signalIdle();
        Command c = commands.take();
        busy = true;
        return c;
    }

    private boolean active() {
        return pendingSteps > 0 || (status == Status.RUNNING && (target < 0 || trainer.steps() < target));
    }

    private void apply(Command c) {
        if (c instanceof Command.Play) {
            if (status != Status.DIVERGED) {
                target = trainer.finished() ? -1 : config.training().steps();
                setStatus(Status.RUNNING);
            }
        } else if (c instanceof Command.Pause) {
            pendingSteps = 0;
            if (status == Status.RUNNING) {
                setStatus(Status.PAUSED);
            }
        } else if (c instanceof Command.StepBy s) {
            if (status != Status.DIVERGED) {
                pendingSteps += s.steps();
            }
        } else if (c instanceof Command.RunTo r) {
            if (status != Status.DIVERGED && trainer.steps() < r.step()) {
                target = r.step();
                setStatus(Status.RUNNING);
            }
        } else if (c instanceof Command.SetLearningRate s) {
            trainer.setLearningRate(s.group(), s.learningRate());
        } else if (c instanceof Command.SetSpeedLimit s) {
            speedLimit = s.stepsPerSecond();
        } else if (c instanceof Command.Reset) {
            trainer.close();
            trainer = new Trainer(config, defaultThreads, Families.of(config.task()).exactLoss(config.model()));
            builder = new FrameBuilder(trainer, info.theory());
            timeline.clear();
            pendingSteps = 0;
            currentStep = 0;
            resetWindow();
            setStatus(Status.PAUSED);
            record(null);
        } else if (c instanceof Command.Branch b) {
            branchTo(b.step());
        } else if (c instanceof Command.Fork f) {
            forkAt(f);
        }
    }

    private void forkAt(Command.Fork f) {
        int i = timeline.indexOfStep(f.step());
        if (i < 0 || f.result().isDone()) {
            f.result().complete(null);
            return;
        }
        try {
            Simulation child = new Simulation(f.config(), f.threads(), timeline.prefix(i));
            if (!f.result().complete(child.start())) {
                child.close(); // the caller stopped waiting
            }
        } catch (RuntimeException e) {
            f.result().completeExceptionally(e);
        }
    }

    /** A fork's first act: back to the last inherited frame, with this run's learning rates. */
    private void resumeInherited() {
        int last = timeline.size() - 1;
        trainer.restore(timeline.checkpoint(last), true);
        frames = timeline.frames();
        currentStep = trainer.steps();
        setStatus(Status.PAUSED);
        publish(timeline.frame(last));
    }

    private void branchTo(long step) {
        int i = timeline.indexOfStep(step);
        if (i < 0) {
            return;
        }
        trainer.restore(timeline.checkpoint(i), true);
        timeline.truncateAfter(i);
        frames = timeline.frames();
        pendingSteps = 0;
        resetWindow();
        currentStep = trainer.steps();
        setStatus(Status.PAUSED);
        publish(timeline.frame(i));
    }

    /** Forgets the steps since the last frame: a new start's first frame has no train loss, gradient or speed. */
    private void resetWindow() {
        lossSum = 0;
        lossCount = 0;
        lastGradNorm = Double.NaN;
        windowSteps = 0;
    }

    private void stepOnce() throws InterruptedException {
        long started = System.nanoTime();
        if (windowSteps == 0) {
            windowStart = started;
        }
        StepResult r = trainer.step();
        currentStep = trainer.steps();
        if (!r.ok()) {
            pendingSteps = 0;
            record(r.diverged()); // before the status, so whoever sees DIVERGED also sees the frame
            setStatus(Status.DIVERGED);
            return;
        }
        lossSum += r.trainLoss();
        lossCount++;
        lastGradNorm = r.gradNorm();
        windowSteps++;
        if (pendingSteps > 0) {
            pendingSteps--;
        }
        long every = (long) config.training().evalEvery() * timeline.stride();
        boolean end = trainer.steps() == config.training().steps();
        if (trainer.steps() % every == 0 || end) {
            record(null);
        }
        if (status == Status.RUNNING && end) {
            setStatus(Status.FINISHED);
        } else if (status == Status.RUNNING && target >= 0 && trainer.steps() >= target) {
            setStatus(Status.PAUSED);
        }
        if (speedLimit > 0) {
            long wait = (long) (1e9 / speedLimit) - (System.nanoTime() - started);
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }

    private void record(String divergence) {
        double sps = windowSteps == 0 ? Double.NaN : windowSteps / ((System.nanoTime() - windowStart) / 1e9);
        Checkpoint checkpoint = trainer.checkpoint();
        Frame f = builder.build(lossCount == 0 ? Double.NaN : lossSum / lossCount, lastGradNorm, sps, divergence,
                checkpoint);
        lossSum = 0;
        lossCount = 0;
        windowSteps = 0;
        timeline.add(f, checkpoint);
        frames = timeline.frames();
        publish(f);
    }

    private void publish(Frame f) {
        latest = f;
        for (Consumer<Frame> l : listeners) {
            l.accept(f);
        }
    }

    private void setStatus(Status s) {
        status = s;
    }

    private void signalIdle() {
        synchronized (monitor) {
            if (commands.isEmpty()) {
                busy = false;
            }
            monitor.notifyAll();
        }
    }
}
