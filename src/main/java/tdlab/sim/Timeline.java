package tdlab.sim;

import java.util.ArrayList;
import java.util.List;
import tdlab.train.Checkpoint;

/**
 * The recorded frames of a run, each with the checkpoint that restores it, in bounded memory: when
 * full, every second entry is dropped (the first and the newest are kept) and the recording stride
 * doubles, so a long run keeps an evenly thinned history. Not thread-safe; the simulation guards it.
 */
final class Timeline {
    private final int capacity;
    private final List<Frame> frames = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private int stride = 1;

    /** Capacity from a memory budget for checkpoints, between 64 and 4096 frames. */
    static Timeline withBudget(long checkpointBytes, long budgetBytes) {
        long n = budgetBytes / Math.max(1, checkpointBytes);
        return new Timeline((int) Math.max(64, Math.min(4096, n)));
    }

    Timeline(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    /** Record every stride-th candidate frame. */
    int stride() {
        return stride;
    }

    void add(Frame f, Checkpoint c) {
        if (frames.size() == capacity) {
            thin();
        }
        frames.add(f);
        checkpoints.add(c);
    }

    private void thin() {
        List<Frame> keptFrames = new ArrayList<>();
        List<Checkpoint> keptCheckpoints = new ArrayList<>();
        int last = frames.size() - 1;
        for (int i = 0; i <= last; i++) {
            if (i % 2 == 0 || i == last) {
                keptFrames.add(frames.get(i));
                keptCheckpoints.add(checkpoints.get(i));
            }
        }
        frames.clear();
        frames.addAll(keptFrames);
        checkpoints.clear();
        checkpoints.addAll(keptCheckpoints);
        stride *= 2;
    }

    /** Drops every entry after index i. */
    void truncateAfter(int i) {
        while (frames.size() > i + 1) {
            frames.remove(frames.size() - 1);
            checkpoints.remove(checkpoints.size() - 1);
        }
    }

    void clear() {
        frames.clear();
        checkpoints.clear();
        stride = 1;
    }

    int size() {
        return frames.size();
    }

    Frame frame(int i) {
        return frames.get(i);
    }

    Checkpoint checkpoint(int i) {
        return checkpoints.get(i);
    }

    List<Frame> frames() {
        return List.copyOf(frames);
    }

    /** Index of the entry recorded at this step, or −1. */
    int indexOfStep(long step) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).step() == step) {
                return i;
            }
        }
        return -1;
    }
}
