package tdlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The sweeps' thread pool: independent jobs on a fixed pool of daemon threads, with progress and cancel.
 * Each job's result depends only on its index, never on the thread that ran it, so the thread count changes
 * the wall time and nothing else.
 */
final class Workers {
    private Workers() {
    }

    /**
     * Runs {@code job} for each of {@code jobs} on {@code threads} threads. {@code progress} gets the number of
     * finished jobs; once {@code cancel} is set no further job starts. Returns the results by job index, null
     * for a job that did not run.
     */
    static <T> List<T> run(List<Integer> jobs, IntFunction<T> job, int threads, IntConsumer progress,
                           AtomicBoolean cancel) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "tdlab-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(jobs.size());
            AtomicInteger done = new AtomicInteger();
            for (int k : jobs) {
                futures.add(pool.submit(() -> {
                    if (cancel.get()) {
                        return null;
                    }
                    T out = job.apply(k);
                    progress.accept(done.incrementAndGet());
                    return out;
                }));
            }
            List<T> out = new ArrayList<>(jobs.size());
            for (Future<T> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a sweep run failed: " + e.getCause(), e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
