package tdlab.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU time the app's threads have used, by kind: the FX thread, the renderer, the training threads, the rest.
 * Two readings give each kind's share of a core over the time between them; on a machine shared with other jobs this
 * says what a frame and a step cost, where frames per second only say what the app was given.
 */
public record ThreadCpu(Map<String, Long> nanos) {
    public static final String FX = "fx";
    public static final String RENDER = "render";
    public static final String TRAINING = "training";
    public static final String OTHER = "other";

    public static ThreadCpu now() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : new String[] {FX, RENDER, TRAINING, OTHER}) {
            out.put(k, 0L);
        }
        for (ThreadInfo t : bean.getThreadInfo(bean.getAllThreadIds())) {
            long cpu = t == null ? -1 : bean.getThreadCpuTime(t.getThreadId());
            if (cpu > 0) {
                out.merge(kind(t.getThreadName()), cpu, Long::sum);
            }
        }
        return new ThreadCpu(Map.copyOf(out));
    }

    private static String kind(String name) {
        if (name.equals("JavaFX Application Thread")) {
            return FX;
        }
        if (name.startsWith("QuantumRenderer")) {
            return RENDER;
        }
        return name.startsWith("tdlab-train") || name.startsWith("tdlab-step") ? TRAINING : OTHER;
    }

    /** Nanoseconds of CPU each kind used since {@code before} (a thread that ended in between is not counted). */
    public Map<String, Long> since(ThreadCpu before) {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v - before.nanos.getOrDefault(k, 0L)));
        return out;
    }
}
