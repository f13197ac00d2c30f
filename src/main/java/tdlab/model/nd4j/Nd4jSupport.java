package tdlab.model.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Lazy ND4J start-up and the few helpers every ND4J class of the project shares. Nothing here runs
 * until an ND4J backend is actually used, so the plain backend never pays ND4J's native start-up.
 */
public final class Nd4jSupport {
    /** Per-thread workspace that holds every temporary of one step (perf.md §6, pitfall 4). */
    static final String WORKSPACE_ID = "tdlab-nd4j-step";
    static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
            .initialSize(0)
            .policyAllocation(AllocationPolicy.STRICT)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policySpill(SpillPolicy.REALLOCATE)
            .policyReset(ResetPolicy.BLOCK_LEFT)
            .build();

    private static volatile boolean initialised;

    private Nd4jSupport() {
    }

    /**
     * Loads the native backend once. Unless {@code OMP_NUM_THREADS} is set, ND4J and its BLAS are made
     * single-threaded: with two cores shared with the UI, more threads are slower (stack.md §1.3).
     */
    public static void init() {
        if (initialised) {
            return;
        }
        synchronized (Nd4jSupport.class) {
            if (initialised) {
                return;
            }
            String threads = System.getProperty("tdlab.nd4j.threads", System.getenv("OMP_NUM_THREADS"));
            int n = 1;
            if (threads != null) {
                try {
                    n = Math.max(1, Integer.parseInt(threads.trim()));
                } catch (NumberFormatException e) {
                    n = 1;
                }
            }
            Nd4j.getEnvironment().setMaxThreads(n);
            Nd4j.factory().blas().setMaxThreads(n);
            initialised = true;
        }
    }

    /** Opens this thread's step workspace; close it (try-with-resources) when the results are copied out. */
    static MemoryWorkspace openWorkspace() {
        return Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE, WORKSPACE_ID);
    }

    /** Runs outside any workspace, for arrays kept between steps. */
    static MemoryWorkspace outsideWorkspaces() {
        return Nd4j.getMemoryManager().scopeOutOfWorkspaces();
    }

    /** A double array with a copy of {@code data} in row-major order. */
    static INDArray array(double[] data, long... shape) {
        return Nd4j.create(data, shape, DataType.DOUBLE);
    }

    /** A copy of any array's elements in row-major order. */
    static double[] toArray(INDArray x) {
        INDArray c = x.isView() || x.ordering() != 'c' || x.offset() != 0 || x.data().length() != x.length()
                ? x.dup('c') : x;
        return c.data().asDouble();
    }
}
