package tdlab.ui.panels;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;

/** What a chart's legend lists, as the user reads it (panels expose it to tests). */
public final class ChartLegend {
    private ChartLegend() {
    }

    public static List<String> labels(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        LegendItemCollection items = chart.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }
}
