package tdlab.sim;

import java.util.ArrayList;
import java.util.List;
import tdlab.train.Checkpoint;

/**
 * The recorded frames of a run, each with the checkpoint that restores it, in bounded memory: when
 * full, every second entry is dropped (the first and the newest are kept) and the recording stride
 * doubles, so a long run keeps an evenly thinned history. Written by the training thread only.
 *
 * <p>{@link #frames()} is O(1): frames go into an array that is only ever appended to; thinning,
 * truncating and clearing start a new array, so a list handed out earlier never changes under its reader.
 */
final class Timeline {
    private final int capacity;
    private Frame[] frames;
    private int size;
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
        this.frames = new Frame[capacity];
    }

    int capacity() {
        return capacity;
    }

    /** Record every stride-th candidate frame. */
    int stride() {
        return stride;
    }

    void add(Frame f, Checkpoint c) {
        if (size == capacity) {
            thin();
        }
        frames[size++] = f;
        checkpoints.add(c);
    }

    private void thin() {
        Frame[] kept = new Frame[capacity];
        int n = 0;
        int last = size - 1;
        for (int i = 0; i <= last; i++) {
            if (i % 2 == 0 || i == last) {
                kept[n] = frames[i];
                checkpoints.set(n, checkpoints.get(i));
                n++;
            }
        }
        checkpoints.subList(n, checkpoints.size()).clear();
        frames = kept;
        size = n;
        stride *= 2;
    }

    /** Drops every entry after index i. */
    void truncateAfter(int i) {
        if (i + 1 < size) {
            frames = java.util.Arrays.copyOf(frames, capacity); // later appends must not show in earlier lists
            java.util.Arrays.fill(frames, i + 1, capacity, null);
            size = i + 1;
            checkpoints.subList(size, checkpoints.size()).clear();
        }
    }

    /** A new timeline of the same capacity holding this one's entries up to index i, recording at the same stride. */
    Timeline prefix(int i) {
        java.util.Objects.checkIndex(i, size);
        Timeline t = new Timeline(capacity);
        System.arraycopy(frames, 0, t.frames, 0, i + 1);
        t.size = i + 1;
        t.checkpoints.addAll(checkpoints.subList(0, i + 1));
        t.stride = stride;
        return t;
    }

    void clear() {
        frames = new Frame[capacity];
        size = 0;
        checkpoints.clear();
        stride = 1;
    }

    int size() {
        return size;
    }

    Frame frame(int i) {
        java.util.Objects.checkIndex(i, size);
        return frames[i];
    }

    Checkpoint checkpoint(int i) {
        return checkpoints.get(i);
    }

    /** The frames recorded so far, as an unmodifiable list that later recording does not change. */
    List<Frame> frames() {
        return new Snapshot(frames, size);
    }

    /** Index of the first entry recorded at this step, or −1 (a diverged frame repeats its last good step). */
    int indexOfStep(long step) {
        if (size == 0) {
            return -1;
        }
        int i = Frame.indexAtOrBefore(frames(), step);
        while (i > 0 && frames[i - 1].step() == step) {
            i--;
        }
        return frames[i].step() == step ? i : -1;
    }

    /** The first {@code size} entries of an array whose entries below {@code size} are never written again. */
    private static final class Snapshot extends java.util.AbstractList<Frame> implements java.util.RandomAccess {
        private final Frame[] array;
        private final int size;

        Snapshot(Frame[] array, int size) {
            this.array = array;
            this.size = size;
        }

        @Override
        public Frame get(int i) {
            java.util.Objects.checkIndex(i, size);
            return array[i];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
