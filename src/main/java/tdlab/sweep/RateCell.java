package tdlab.sweep;

/**
 * One cell of a learning-rate sweep: the final DT entropy (Scan and Snap's Fig. 6 y value) over its seeds.
 *
 * @param index    the cell's place in the grid, η_Z-major: index = (η_Z index)·(ratios) + (ratio index)
 * @param etaZ     the attention's learning rate η_Z
 * @param etaRatio η_Y/η_Z
 * @param seeds    the runs that count: finished without diverging (fewer than asked after a cancel or a blow-up)
 * @param mean     their mean final DT entropy; NaN when none counts
 * @param sd       the sample standard deviation (n − 1); NaN with fewer than two runs
 */
public record RateCell(int index, double etaZ, double etaRatio, int seeds, double mean, double sd) {

    /** The cell from its runs' final entropies; NaN marks a run that diverged or never ran. */
    public static RateCell of(int index, double etaZ, double etaRatio, double[] entropies) {
        int n = 0;
        double sum = 0;
        for (double h : entropies) {
            if (Double.isFinite(h)) {
                n++;
                sum += h;
            }
        }
        double mean = n == 0 ? Double.NaN : sum / n;
        double ss = 0;
        for (double h : entropies) {
            if (Double.isFinite(h)) {
                ss += (h - mean) * (h - mean);
            }
        }
        return new RateCell(index, etaZ, etaRatio, n, mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)));
    }

    /** The decoder's learning rate η_Y = η_Z · ratio. */
    public double etaY() {
        return etaZ * etaRatio;
    }
}
