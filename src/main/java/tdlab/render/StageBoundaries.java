package tdlab.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the staged learning of S3 moves on: the steps at which a head's top block changes (the cooperative
 * phase's specialisation, one head leaving the newest lag for an older one).
 *
 * <p>A head's leader is the block with most of its mass, but only once it leads every other block by
 * {@link #MARGIN}: at initialisation the masses are equal (ties carry no stage), and near a crossing the
 * validation masses of successive frames wobble by a few thousandths, so a bare argmax would mark the same
 * change back and forth. The first leader a head finds is not a boundary (every head leaves the uniform start
 * that way); each later change is one, placed at the first frame from which the new block stayed ahead of the
 * old leader, i.e. where the curves crossed rather than where the margin was reached.
 */
public final class StageBoundaries {
    /** How far (in attention mass) a block must lead to become or replace the leader. */
    public static final double MARGIN = 0.02;

    /**
     * A head's top block changing at a step; blocks 1-based as in the series names (1 = oldest … h = newest).
     */
    public record Boundary(long step, int head, int fromBlock, int toBlock) {
        /** "head 2: block 3 → 2". */
        public String label() {
            return "head " + (head + 1) + ": " + fromBlock + "→" + toBlock;
        }
    }

    private StageBoundaries() {
    }

    /** Every head's boundaries, in step order (heads in order on the same step). */
    public static List<Boundary> of(SpanHistory history) {
        List<Boundary> out = new ArrayList<>();
        for (int j = 0; j < history.heads(); j++) {
            int leader = -1;
            int since = 0; // the frame the leader took office: a crossing is searched after it only
            for (int i = 0; i < history.frames(); i++) {
                int challenger = clearLeader(history, j, i, leader);
                if (challenger < 0 || challenger == leader) {
                    continue;
                }
                if (leader >= 0) {
                    out.add(new Boundary(history.step(crossing(history, j, i, since, leader, challenger)), j,
                            leader + 1, challenger + 1));
                }
                leader = challenger;
                since = i;
            }
        }
        out.sort(java.util.Comparator.comparingLong(Boundary::step).thenComparingInt(Boundary::head));
        return out;
    }

    /**
     * The block that leads all others by the margin at this frame, or −1; with a leader in place, a block only
     * has to beat that leader by the margin (a third block close behind does not keep the leader in office).
     */
    private static int clearLeader(SpanHistory h, int head, int frame, int leader) {
        int top = h.top(head, frame);
        if (top < 0) {
            return -1;
        }
        double best = h.mass(head, top, frame);
        if (leader >= 0) {
            return top != leader && best >= h.mass(head, leader, frame) + MARGIN ? top : leader;
        }
        for (int k = 0; k < h.blocks(); k++) {
            if (k != top && !(best >= h.mass(head, k, frame) + MARGIN)) {
                return -1;
            }
        }
        return top;
    }

    /** The earliest frame in (since, confirmed] from which the new block stayed strictly ahead of the old one. */
    private static int crossing(SpanHistory h, int head, int confirmed, int since, int from, int to) {
        int i = confirmed;
        while (i - 1 > since && h.mass(head, to, i - 1) > h.mass(head, from, i - 1)) {
            i--;
        }
        return i;
    }
}
