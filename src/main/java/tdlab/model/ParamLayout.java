package tdlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The named tensors of a model laid out in one flat {@code double[]}. Immutable. */
public final class ParamLayout {
    private final List<ParamTensor> tensors;
    private final Map<String, ParamTensor> byName;
    private final int size;

    private ParamLayout(List<ParamTensor> tensors) {
        this.tensors = List.copyOf(tensors);
        this.byName = new LinkedHashMap<>();
        int n = 0;
        for (ParamTensor t : tensors) {
            byName.put(t.name(), t);
            n = Math.max(n, t.end());
        }
        this.size = n;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<ParamTensor> tensors() {
        return tensors;
    }

    /** Total number of scalars. */
    public int size() {
        return size;
    }

    public ParamTensor get(String name) {
        ParamTensor t = byName.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no parameter named " + name + "; have " + byName.keySet());
        }
        return t;
    }

    public Optional<ParamTensor> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** Number of scalars in a group. */
    public int groupSize(ParamGroup g) {
        int n = 0;
        for (ParamTensor t : tensors) {
            if (t.group() == g) {
                n += t.size();
            }
        }
        return n;
    }

    /** The group of each scalar, for optimizers that loop over the flat array. */
    public ParamGroup[] groupOfEachTensor() {
        ParamGroup[] out = new ParamGroup[tensors.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tensors.get(i).group();
        }
        return out;
    }

    /** A copy of one tensor's values. */
    public double[] slice(double[] params, String name) {
        ParamTensor t = get(name);
        return java.util.Arrays.copyOfRange(params, t.offset(), t.end());
    }

    public static final class Builder {
        private final List<ParamTensor> tensors = new ArrayList<>();
        private int next;

        public Builder add(String name, ParamGroup group, int... shape) {
            ParamTensor t = new ParamTensor(name, group, shape, next);
            tensors.add(t);
            next = t.end();
            return this;
        }

        public ParamLayout build() {
            return new ParamLayout(tensors);
        }
    }
}
