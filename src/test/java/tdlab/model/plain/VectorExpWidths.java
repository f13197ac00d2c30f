package tdlab.model.plain;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * VectorExpTest's check of every vector width, run as a JVM of its own: exits 0 and prints "same bits" when 2, 4
 * and 8 lanes and the scalar form agree bit for bit on the arguments, else exits 1 naming the first difference.
 */
final class VectorExpWidths {
    private VectorExpWidths() {
    }

    public static void main(String[] args) {
        double[] x = VectorExpTest.arguments(64 * 5_000, 6);
        System.arraycopy(VectorExpTest.SPECIALS, 0, x, 0, VectorExpTest.SPECIALS.length);
        @SuppressWarnings("unchecked")
        VectorSpecies<Double>[] species = new VectorSpecies[] {DoubleVector.SPECIES_128, DoubleVector.SPECIES_256,
            DoubleVector.SPECIES_512};
        for (VectorSpecies<Double> s : species) {
            String difference = VectorExpTest.firstDifference(s, x);
            if (difference != null) {
                System.out.println(difference);
                System.exit(1);
            }
        }
        System.out.println("same bits");
    }
}
