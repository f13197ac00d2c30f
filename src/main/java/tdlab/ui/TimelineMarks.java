package tdlab.ui;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polygon;
import tdlab.sim.Frame;

/**
 * The live run's timeline marks drawn over the transport's timeline slider: a small triangle at the place of the
 * step where a learning rate changed or was put back, named by its tooltip ("step 20: learning rate embedding 0.01 →
 * 0.05"). The slider's positions are recorded frames, so a mark between two frames sits between their places.
 */
final class TimelineMarks extends Pane {
    private static final double SIZE = 5;
    private final Slider timeline;
    private final SessionViewModel vm;

    TimelineMarks(Slider timeline, SessionViewModel vm) {
        this.timeline = timeline;
        this.vm = vm;
        setPickOnBounds(false); // the slider under it takes every click but those on a mark
        setManaged(false);
        vm.marksProperty().addListener(o -> draw());
        vm.framesProperty().addListener(o -> draw());
        timeline.widthProperty().addListener(o -> draw());
        timeline.layoutXProperty().addListener(o -> draw());
    }

    private void draw() {
        List<TimelineMark> marks = vm.marksProperty().get();
        List<Frame> frames = vm.framesProperty().get();
        getChildren().clear();
        if (frames.isEmpty()) {
            return;
        }
        Node thumb = timeline.lookup(".thumb");
        double inset = thumb == null ? 8 : thumb.getLayoutBounds().getWidth() / 2;
        double track = Math.max(0, timeline.getWidth() - 2 * inset);
        for (int i = 0; i < marks.size(); i++) {
            TimelineMark m = marks.get(i);
            double x = timeline.getLayoutX() + inset + track * fraction(frames, m.step());
            Polygon p = new Polygon(x - SIZE, 0, x + SIZE, 0, x, SIZE * 1.6);
            p.setId("timeline-mark-" + i);
            p.getStyleClass().add("timeline-mark");
            p.setStyle("-fx-fill: #d55e00;"); // Okabe–Ito vermilion: apart from the runs' colours and the thumb
            Tooltip.install(p, new Tooltip(String.format(Locale.ROOT, "step %,d: %s", m.step(), m.text())));
            getChildren().add(p);
        }
    }

    /** Where a step sits on a slider of recorded frames, from 0 (the first) to 1 (the last). */
    static double fraction(List<Frame> frames, long step) {
        int n = frames.size();
        if (n < 2) {
            return 0;
        }
        int i = Frame.indexAtOrBefore(frames, step);
        double at = i;
        if (i + 1 < n && step > frames.get(i).step()) {
            long a = frames.get(i).step();
            long b = frames.get(i + 1).step();
            at += Math.min(1, (step - a) / (double) (b - a));
        }
        return Math.max(0, Math.min(1, at / (n - 1)));
    }
}
