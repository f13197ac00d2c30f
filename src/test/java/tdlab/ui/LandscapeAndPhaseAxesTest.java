package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tdlab.render.LandscapeImage;
import tdlab.render.NumberText;
import tdlab.render.SweepImage;
import tdlab.sweep.SweepCell;
import tdlab.sweep.SweepSpec;
import tdlab.theory.CanonicalTheory;
import tdlab.ui.panels.PictureKey;
import tdlab.ui.panels.landscape.LandscapePanel;
import tdlab.ui.panels.phase.PhasePanel;

/**
 * The energy landscape and the phase diagram read like figures: round tick values at the right pixels on both
 * axes, a key naming the colours as drawn, and a readout of the point (and the loss) under the cursor.
 */
@ExtendWith(ApplicationExtension.class)
class LandscapeAndPhaseAxesTest {
    private SessionViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new SessionViewModel(Presets.load("s1a-local-to-global-pq-below-one"));
        window = new MainWindow(stage, vm);
        window.show();
    }

    @AfterEach
    void close() {
        window.stop();
        vm.close();
    }

    private static double value(Label l) {
        return Double.parseDouble(l.getText().replace('−', '-'));
    }

    /** The labels' values are round, evenly spaced, include 0 and lie at the pixels {@code pixel} gives them. */
    private void assertTicks(List<Label> labels, Node picture, boolean horizontal,
                             java.util.function.DoubleUnaryOperator pixel) throws Exception {
        assertThat(labels).hasSizeGreaterThanOrEqualTo(3);
        double step = value(labels.get(1)) - value(labels.get(0));
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        assertThat(Math.round(mantissa * 1000) / 1000.0).as("a round step").isIn(1.0, 2.0, 5.0);
        assertThat(labels.stream().mapToDouble(LandscapeAndPhaseAxesTest::value).anyMatch(v -> v == 0)).isTrue();
        Bounds origin = WindowTests.fx(() -> picture.localToScene(picture.getBoundsInLocal()));
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            assertThat(value(l) - value(labels.get(0))).isCloseTo(i * step, within(1e-9));
            Bounds b = WindowTests.fx(() -> l.localToScene(l.getBoundsInLocal()));
            double centre = horizontal ? (b.getMinX() + b.getMaxX()) / 2 - origin.getMinX()
                    : (b.getMinY() + b.getMaxY()) / 2 - origin.getMinY();
            assertThat(centre).as(l.getText()).isCloseTo(pixel.applyAsDouble(value(l)), within(1.5));
            assertThat(horizontal ? b.getMinY() : b.getMaxX()).as("outside the picture").isGreaterThanOrEqualTo(
                    horizontal ? origin.getMaxY() : Double.NEGATIVE_INFINITY);
            if (!horizontal) {
                assertThat(b.getMaxX()).isLessThanOrEqualTo(origin.getMinX());
            }
        }
    }

    private List<Label> lookupLabels(FxRobot robot, String styleClass) throws Exception {
        return WindowTests.fx(() -> robot.lookup("." + styleClass).queryAllAs(Label.class).stream()
                .sorted(java.util.Comparator.comparingDouble(LandscapeAndPhaseAxesTest::value)).toList());
    }

    /** The key's words, and the colour of the mark in front of the entry starting with {@code words}. */
    private Color keyColour(FxRobot robot, String keyId, String words) throws Exception {
        return WindowTests.fx(() -> {
            Pane key = robot.lookup("#" + keyId).queryAs(Pane.class);
            for (Node n : key.getChildren()) {
                HBox item = (HBox) n;
                if (((Label) item.getChildren().get(1)).getText().startsWith(words)) {
                    Pane swatch = (Pane) item.getChildren().get(0);
                    return (Color) ((javafx.scene.shape.Shape) swatch.getChildren().get(1)).getFill();
                }
            }
            return null;
        });
    }

    private List<String> keyTexts(FxRobot robot, String keyId) throws Exception {
        return WindowTests.fx(() -> robot.lookup("#" + keyId).queryAs(Pane.class).getChildren().stream()
                .map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText()).toList());
    }

    @Test
    void theLandscapeHasTickedAxesAKeyAndAReadoutOfThePointAndItsLossUnderTheCursor(FxRobot robot)
            throws Exception {
        LandscapePanel panel = WindowTests.fx(() -> window.panel(LandscapePanel.class));
        WindowTests.waitUntil(window, () -> panel.transform() != null);
        WaitForAsyncUtils.waitForFxEvents(); // the picture settled (see the phase test)
        LandscapeImage.Transform t = WindowTests.fx(panel::transform);
        Canvas overlay = robot.lookup("#landscape-overlay").queryAs(Canvas.class);
        assertTicks(lookupLabels(robot, "landscape-axes-x"), overlay, true, t::x);
        assertTicks(lookupLabels(robot, "landscape-axes-y"), overlay, false, t::y);
        assertThat(robot.lookup("#landscape-axes-x-name").queryAs(Label.class).getText()).isEqualTo("w →");
        assertThat(robot.lookup("#landscape-axes-y-name").queryAs(Label.class).getText()).isEqualTo("↑ e");

        // the key names the basins' colours as the picture draws them
        assertThat(keyTexts(robot, "landscape-key")).contains("blue: basin of the global minimum",
                "orange: basin of the unigram minimum", "separatrix", "unigram minima");
        assertThat(keyColour(robot, "landscape-key", "blue:")).isEqualTo(PictureKey.colour(
                new java.awt.Color(86, 180, 233, 70).getRGB()));
        assertThat(keyColour(robot, "landscape-key", "orange:")).isEqualTo(PictureKey.colour(
                new java.awt.Color(230, 159, 0, 70).getRGB()));

        // the readout: w, e and the height L(e, w, b*) of the canonical theory under the cursor
        Label cursor = robot.lookup("#landscape-cursor").queryAs(Label.class);
        CanonicalTheory th = WindowTests.fx(() -> panel.viewModel().theoryProperty().get());
        Bounds b = WindowTests.fx(() -> overlay.localToScreen(overlay.getBoundsInLocal()));
        robot.moveTo(b.getMinX() + t.x(-1.5), b.getMinY() + t.y(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        String text = WindowTests.fx(cursor::getText);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "cursor: w (\\S+), e (\\S+), L\\(e, w, b\\*\\) = (\\S+)").matcher(text);
        assertThat(m.matches()).as(text).isTrue();
        assertThat(WindowTests.fx(cursor::isVisible)).isTrue();
        double w = Double.parseDouble(m.group(1).replace('−', '-'));
        double e = Double.parseDouble(m.group(2).replace('−', '-'));
        assertThat(w).isCloseTo(-1.5, within(0.03));
        assertThat(e).isCloseTo(0.5, within(0.03));
        // the height at the printed point (its two decimals round the pixel's coordinates; the exact number below)
        assertThat(Double.parseDouble(m.group(3))).isCloseTo(th.lossAtOptimalBias(e, w), within(0.03));
        // exactly the theory's number at the point
        WindowTests.fx(() -> {
            panel.viewModel().hover(0.5, -1.5);
            return null;
        });
        assertThat(WindowTests.fx(cursor::getText)).isEqualTo(String.format(Locale.ROOT, "cursor: w -1.50, e 0.50,"
                + " L(e, w, b*) = %s", NumberText.of(th.lossAtOptimalBias(0.5, -1.5), 3)));
        robot.moveTo(robot.lookup("#landscape-note").queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTests.fx(cursor::isVisible)).as("no readout while the mouse is elsewhere").isFalse();
    }

    @Test
    void thePhaseDiagramHasTickedAxesByModeAKeyAndTheHoveredCellsLossAndOutcome(FxRobot robot) throws Exception {
        PhasePanel panel = WindowTests.fx(() -> window.panel(PhasePanel.class));
        WindowTests.fx(() -> {
            panel.compute(SweepSpec.Mode.PQ, 4, 60);
            return null;
        });
        WindowTests.waitUntil(window, () -> panel.cells().size() == 16);
        // a new picture may resize its panel (the grid evens its dividers after a layout change) and redraw the axes:
        // read the labels once the FX thread has nothing left to do
        WaitForAsyncUtils.waitForFxEvents();
        Canvas canvas = robot.lookup("#phase-canvas").queryAs(Canvas.class);
        double side = WindowTests.fx(canvas::getWidth);
        assertTicks(lookupLabels(robot, "phase-axes-x"), canvas, true, p -> p * side);
        assertTicks(lookupLabels(robot, "phase-axes-y"), canvas, false, q -> side - q * side);
        assertThat(robot.lookup("#phase-axes-x-name").queryAs(Label.class).getText()).isEqualTo("p →");
        assertThat(robot.lookup("#phase-axes-y-name").queryAs(Label.class).getText()).isEqualTo("↑ q");
        assertThat(keyTexts(robot, "phase-key")).contains("blue: global minimum", "orange: unigram minimum",
                "grey: not converged", "dashed: p + q = 1");
        assertThat(keyColour(robot, "phase-key", "blue:")).isEqualTo(PictureKey.colour(
                SweepImage.legend(SweepSpec.Mode.PQ).get(0).argb()));

        // cell (0, 3): p = 0.125, q = 0.875
        Bounds b = WindowTests.fx(() -> canvas.localToScreen(canvas.getBoundsInLocal()));
        robot.moveTo(b.getMinX() + side * 0.1, b.getMinY() + side * 0.1);
        WaitForAsyncUtils.waitForFxEvents();
        SweepCell c = panel.cells().stream().filter(x -> x.i() == 0 && x.j() == 3).findFirst().orElseThrow();
        String outcome = switch (c.outcome()) {
            case GLOBAL -> "global minimum";
            case LOCAL -> "unigram minimum";
            case NONE -> "not converged";
        };
        assertThat(robot.lookup("#phase-cursor").queryAs(Label.class).getText()).isEqualTo(
                "p 0.125, q 0.875: final loss " + NumberText.significant(c.loss(), 3) + ", " + outcome);

        // the (w0, e0) mode: its axes and its boundary in the key
        WindowTests.fx(() -> {
            panel.compute(SweepSpec.Mode.INIT, 4, 60);
            return null;
        });
        WindowTests.waitUntil(window, () -> panel.cells().size() == 16 && panel.cells().get(0).x() < 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#phase-axes-x-name").queryAs(Label.class).getText()).isEqualTo("w0 →");
        assertThat(robot.lookup("#phase-axes-y-name").queryAs(Label.class).getText()).isEqualTo("↑ e0");
        double side2 = WindowTests.fx(canvas::getWidth);
        assertTicks(lookupLabels(robot, "phase-axes-x"), canvas, true, w -> (w + 2.5) / 5 * side2);
        assertThat(keyTexts(robot, "phase-key")).contains("dashed: separatrix");
    }
}
