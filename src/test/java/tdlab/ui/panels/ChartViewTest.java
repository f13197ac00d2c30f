package tdlab.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.render.Charts;

@ExtendWith(ApplicationExtension.class)
class ChartViewTest {
    private static final int W = 360;
    private static final int H = 240;
    private final XYSeries series = new XYSeries("loss");
    private JFreeChart chart;
    private ChartView view;

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 50; i++) {
            series.add(i, Math.exp(-i / 10.0));
        }
        chart = Charts.lineChart(new XYSeriesCollection(series), "step", "loss");
        view = new ChartView(chart);
        stage.setScene(new Scene(new StackPane(view), W, H));
        stage.show();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    @Test
    void liveTheImageHasTheExportPixelsAndEachChangeIsDrawnOnce() throws Exception {
        fx(() -> {
            view.setLive(true);
            return null;
        });
        long first = fx(view::redraws);
        assertThat(first).isPositive();
        fx(() -> {
            view.requestLayout(); // a layout pass without a chart change draws nothing
            return null;
        });
        assertThat(fx(view::redraws)).isEqualTo(first);

        fx(() -> {
            series.add(50, 0.5); // the curve jumps up at the end
            return null;
        });
        assertThat(fx(view::redraws)).isEqualTo(first + 1);

        BufferedImage exported = fx(() -> chart.createBufferedImage(W, H));
        PixelReader shown = fx(() -> view.image().getPixelReader());
        int differing = 0;
        int maxChannel = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int a = exported.getRGB(x, y);
                int b = shown.getArgb(x, y);
                if (a != b) {
                    differing++;
                    for (int s = 0; s < 24; s += 8) {
                        maxChannel = Math.max(maxChannel, Math.abs((a >> s & 0xFF) - (b >> s & 0xFF)));
                    }
                }
            }
        }
        assertThat(maxChannel).as("largest channel difference (premultiplied rounding)").isLessThanOrEqualTo(2);
        assertThat(differing).isLessThan(W * H / 100);
    }

    @Test
    void pausedTheInteractiveViewerHoldsTheChartAndLiveItLetsGo() throws Exception {
        org.jfree.chart.fx.ChartViewer viewer = fx(() -> (org.jfree.chart.fx.ChartViewer) view.getChildrenUnmodifiable()
                .stream().filter(n -> n instanceof org.jfree.chart.fx.ChartViewer).findFirst().orElseThrow());
        assertThat(fx(() -> viewer.isVisible() && viewer.getCanvas().getChart() == chart)).isTrue();
        fx(() -> {
            view.setLive(true);
            return null;
        });
        // detached, the viewer no longer redraws on every change while the run plays
        assertThat(fx(() -> !viewer.isVisible() && viewer.getCanvas().getChart() == null)).isTrue();
        long drawn = fx(view::redraws);
        fx(() -> {
            view.setLive(false);
            series.add(60, 0.1);
            return null;
        });
        assertThat(fx(() -> viewer.isVisible() && viewer.getCanvas().getChart() == chart)).isTrue();
        assertThat(fx(view::redraws)).as("no image drawn while paused").isEqualTo(drawn);
    }
}
