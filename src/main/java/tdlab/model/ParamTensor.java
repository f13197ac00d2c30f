package tdlab.model;

import java.util.Arrays;

/**
 * One named parameter tensor inside a model's flat parameter array: elements
 * {@code [offset, offset + size)} in row-major order of {@code shape}.
 */
public record ParamTensor(String name, ParamGroup group, int[] shape, int offset) {

    public ParamTensor {
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    public int rows() {
        return shape.length == 1 ? 1 : shape[0];
    }

    public int cols() {
        return shape[shape.length - 1];
    }

    public int end() {
        return offset + size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamTensor t && t.name.equals(name) && t.group == group
                && Arrays.equals(t.shape, shape) && t.offset == offset;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + offset;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape) + "@" + offset + " (" + group.key() + ")";
    }
}
