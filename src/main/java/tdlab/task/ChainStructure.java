package tdlab.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Graph structure of a transition matrix: communicating classes, which of them are closed, and their
 * periods. It decides whether the stationary distribution is unique and what to warn the user about.
 */
public record ChainStructure(List<List<Integer>> classes, List<Boolean> closed, List<Integer> periods) {

    public ChainStructure {
        classes = classes.stream().map(List::copyOf).toList();
        closed = List.copyOf(closed);
        periods = List.copyOf(periods);
    }

    public static ChainStructure of(TransitionMatrix m) {
        int k = m.size();
        boolean[][] reach = new boolean[k][k];
        for (int i = 0; i < k; i++) {
            reach[i][i] = true;
            for (int j = 0; j < k; j++) {
                if (m.get(i, j) > 0) {
                    reach[i][j] = true;
                }
            }
        }
        for (int via = 0; via < k; via++) {
            for (int i = 0; i < k; i++) {
                if (reach[i][via]) {
                    for (int j = 0; j < k; j++) {
                        reach[i][j] |= reach[via][j];
                    }
                }
            }
        }
        int[] classOf = new int[k];
        java.util.Arrays.fill(classOf, -1);
        List<List<Integer>> classes = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (classOf[i] >= 0) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (reach[i][j] && reach[j][i]) {
                    classOf[j] = classes.size();
                    members.add(j);
                }
            }
            classes.add(members);
        }
        List<Boolean> closed = new ArrayList<>();
        List<Integer> periods = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            boolean isClosed = true;
            for (int i : classes.get(c)) {
                for (int j = 0; j < k; j++) {
                    if (m.get(i, j) > 0 && classOf[j] != c) {
                        isClosed = false;
                    }
                }
            }
            closed.add(isClosed);
            periods.add(period(m, classes.get(c), classOf, c));
        }
        return new ChainStructure(classes, closed, periods);
    }

    /** gcd of level[i] + 1 − level[j] over the edges i→j inside the class (BFS levels). */
    private static int period(TransitionMatrix m, List<Integer> members, int[] classOf, int c) {
        int k = m.size();
        int[] level = new int[k];
        java.util.Arrays.fill(level, -1);
        int start = members.get(0);
        level[start] = 0;
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        queue.add(start);
        int g = 0;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j = 0; j < k; j++) {
                if (m.get(i, j) > 0 && classOf[j] == c) {
                    if (level[j] < 0) {
                        level[j] = level[i] + 1;
                        queue.add(j);
                    } else {
                        g = gcd(g, Math.abs(level[i] + 1 - level[j]));
                    }
                }
            }
        }
        return g == 0 ? 1 : g; // a class without internal edges (a lone transient state) has no cycle
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    public boolean irreducible() {
        return classes.size() == 1;
    }

    public long closedClassCount() {
        return closed.stream().filter(b -> b).count();
    }

    /** True when πP = π has exactly one probability solution. */
    public boolean uniqueStationary() {
        return closedClassCount() == 1;
    }

    public boolean aperiodic() {
        for (int c = 0; c < classes.size(); c++) {
            if (closed.get(c) && periods.get(c) > 1) {
                return false;
            }
        }
        return true;
    }

    /** Human-readable warnings; empty for an irreducible aperiodic chain. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (!irreducible()) {
            List<Integer> transientStates = new ArrayList<>();
            List<List<Integer>> closedClasses = new ArrayList<>();
            for (int c = 0; c < classes.size(); c++) {
                if (closed.get(c)) {
                    closedClasses.add(classes.get(c));
                } else {
                    transientStates.addAll(classes.get(c));
                }
            }
            if (closedClasses.size() > 1) {
                out.add("The chain is reducible with " + closedClasses.size() + " closed classes " + closedClasses
                        + ": its stationary distribution is not unique. The one reached from a uniform start is used"
                        + " for the theory values, and each sequence stays in the class where it starts.");
            } else {
                out.add("The chain is reducible: states " + transientStates + " are transient and have stationary"
                        + " probability 0, so sequences started from the stationary law never visit them.");
            }
        }
        for (int c = 0; c < classes.size(); c++) {
            if (closed.get(c) && periods.get(c) > 1) {
                out.add("States " + classes.get(c) + " form a periodic class (period " + periods.get(c) + "): the"
                        + " chain cycles deterministically through " + periods.get(c) + " groups, so the law of x_n"
                        + " does not converge unless the first token is drawn from the stationary distribution.");
            }
        }
        return out;
    }
}
