package tdlab.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tdlab.train.RunConfig;
import tdlab.ui.ConfigDiff;
import tdlab.ui.FieldLabels;

/**
 * Every setting in which a comparison's runs differ: one row per field (the sidebar's label), each run's value as
 * a preset writes it ("—" where the run's preset has no such field).
 *
 * @param runs the column heads, in the runs' order ("A", "B (live)")
 * @param rows the differing settings, in the preset's order
 */
public record DiffTable(List<String> runs, List<Row> rows) {
    public static final DiffTable EMPTY = new DiffTable(List.of(), List.of());

    /** One differing setting and its value in each run, in the runs' order. */
    public record Row(String path, String label, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    public DiffTable {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }

    /** The table of these runs; labels in the words of the form of {@code taskType}. */
    public static DiffTable of(List<String> names, List<RunConfig> configs, String taskType) {
        if (configs.size() < 2) {
            return new DiffTable(names, List.of());
        }
        // every run against the first: a field that differs anywhere has the first run's value as "before"
        Map<String, String[]> byPath = new LinkedHashMap<>();
        for (int j = 1; j < configs.size(); j++) {
            for (ConfigDiff.Change c : ConfigDiff.between(configs.get(0), configs.get(j)).changes()) {
                String[] values = byPath.computeIfAbsent(c.path(), p -> new String[configs.size()]);
                values[0] = c.before();
                values[j] = c.after();
            }
        }
        List<Row> rows = new ArrayList<>();
        byPath.forEach((path, values) -> {
            List<String> cells = new ArrayList<>();
            for (String v : values) {
                cells.add(v == null ? values[0] : v); // not different in this run: the first run's value
            }
            rows.add(new Row(path, FieldLabels.label(path, taskType), cells));
        });
        return new DiffTable(names, rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
