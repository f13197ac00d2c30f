package tdlab.task.orders;

import java.util.SplittableRandom;

/**
 * Each query's strict order ≻_q over the K tokens, as drawn by an {@link OrdersData}: u ≻_q v as a relation
 * (transitively closed), a linear extension of it and each token's level (1 = no token above it; otherwise one more
 * than the deepest token above it: the rows of its Hasse diagram). A total order has K levels, one token each, and
 * its linear extension is its ranking; in a partial order tokens of one level are incomparable, and two tokens may be
 * incomparable across levels too.
 */
final class QueryOrders {
    private final boolean total;
    /** above[q][u][v]: u ≻_q v. */
    private final boolean[][][] above;
    private final int[][] level;
    /** ranking[q]: the tokens by level, then most tokens below first, then by id (a linear extension of ≻_q). */
    private final int[][] ranking;
    private final int[][] priority;

    private QueryOrders(int vocab, boolean total, boolean[][][] above) {
        this.total = total;
        this.above = above;
        level = new int[vocab][];
        ranking = new int[vocab][];
        priority = new int[vocab][];
        for (int q = 0; q < vocab; q++) {
            level[q] = levels(above[q]);
            ranking[q] = linearExtension(above[q], level[q]);
            priority[q] = new int[vocab];
            for (int r = 0; r < vocab; r++) {
                priority[q][ranking[q][r]] = vocab - 1 - r;
            }
        }
    }

    /**
     * Total orders: for each query q = 0 … K−1 a random permutation of 0 … K−1 as its priorities (token x gets
     * priority[q][x], higher preferred). The draws of the priorities variant as it was before the DAG existed.
     */
    static QueryOrders priorities(int vocab, SplittableRandom random) {
        boolean[][][] above = new boolean[vocab][][];
        for (int q = 0; q < vocab; q++) {
            int[] p = permutation(vocab, random);
            above[q] = new boolean[vocab][vocab];
            for (int u = 0; u < vocab; u++) {
                for (int v = 0; v < vocab; v++) {
                    above[q][u][v] = p[u] > p[v];
                }
            }
        }
        return new QueryOrders(vocab, true, above);
    }

    /**
     * Random DAGs: for each query q = 0 … K−1 a random permutation as a topological order (the token of priority
     * K − 1 first), then for each pair u before v in it, in order, an edge u → v with probability p; ≻_q is the
     * edges' transitive closure, so a strict partial order (irreflexive and transitive, the DAG having no cycle).
     */
    static QueryOrders randomDag(int vocab, double p, SplittableRandom random) {
        boolean[][][] above = new boolean[vocab][][];
        for (int q = 0; q < vocab; q++) {
            int[] priority = permutation(vocab, random);
            int[] topological = new int[vocab];
            for (int x = 0; x < vocab; x++) {
                topological[vocab - 1 - priority[x]] = x;
            }
            boolean[][] edges = new boolean[vocab][vocab];
            for (int i = 0; i < vocab; i++) {
                for (int j = i + 1; j < vocab; j++) {
                    edges[topological[i]][topological[j]] = random.nextDouble() < p;
                }
            }
            above[q] = transitiveClosure(edges);
        }
        return new QueryOrders(vocab, false, above);
    }

    /** Whether every query's order is total (drawn from priorities). */
    boolean total() {
        return total;
    }

    boolean above(int q, int u, int v) {
        return above[q][u][v];
    }

    int level(int q, int x) {
        return level[q][x];
    }

    int priority(int q, int x) {
        return priority[q][x];
    }

    int[] ranking(int q) {
        return ranking[q].clone();
    }

    /** The token of {@code tokens} that is ≻_q every other one of them (the query included); −1 when none is. */
    int greatest(int q, int[] tokens) {
        for (int g : tokens) {
            boolean all = true;
            for (int v : tokens) {
                if (v != g && !above[q][g][v]) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return g;
            }
        }
        return -1;
    }

    /** Level 1 for a token nothing is above; else one more than the deepest token above it. */
    private static int[] levels(boolean[][] above) {
        int n = above.length;
        int[] level = new int[n];
        int[] countAbove = new int[n];
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                if (above[u][v]) {
                    countAbove[v]++;
                }
            }
        }
        // in a transitively closed order a token has more tokens above it than any token above it: process by that count
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(x -> countAbove[x]));
        for (int v : order) {
            int deepest = 0;
            for (int u = 0; u < n; u++) {
                if (above[u][v]) {
                    deepest = Math.max(deepest, level[u]);
                }
            }
            level[v] = deepest + 1;
        }
        return level;
    }

    /** The tokens by level, then by how many tokens they are above (most first), then by id: u ≻ v puts u first. */
    private static int[] linearExtension(boolean[][] above, int[] level) {
        int n = above.length;
        int[] below = new int[n];
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (above[u][v]) {
                    below[u]++;
                }
            }
        }
        return java.util.stream.IntStream.range(0, n).boxed()
                .sorted(java.util.Comparator.<Integer>comparingInt(x -> level[x])
                        .thenComparingInt(x -> -below[x]).thenComparingInt(x -> x))
                .mapToInt(Integer::intValue).toArray();
    }

    static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    static boolean[][] transitiveClosure(boolean[][] r) {
        int n = r.length;
        boolean[][] c = new boolean[n][];
        for (int i = 0; i < n; i++) {
            c[i] = r[i].clone();
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (c[i][k]) {
                    for (int j = 0; j < n; j++) {
                        c[i][j] |= c[k][j];
                    }
                }
            }
        }
        return c;
    }
}
