package tdlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import tdlab.preset.LessonStep;

/**
 * The guided lesson above the panels: "Step 2 of 5" with Back and Next, the step's note (large in presenter mode),
 * its question with a Reveal button for the answer. Shown only for a preset with lesson steps; everything it shows
 * comes from the {@link LessonViewModel}.
 */
final class LessonBar extends VBox {

    LessonBar(LessonViewModel lesson) {
        setId("lesson-bar");
        getStyleClass().add("lesson-bar");
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));
        Label position = new Label();
        position.setId("lesson-position");
        position.getStyleClass().add("lesson-position");
        position.textProperty().bind(lesson.positionProperty());
        Button back = new Button("◀ Back");
        back.setId("lesson-back");
        back.setTooltip(new Tooltip("The previous step (Page Up)."));
        back.setFocusTraversable(false); // a clicker's keys go to the window, not to a focused button
        back.disableProperty().bind(lesson.canBackProperty().not());
        back.setOnAction(e -> lesson.back());
        Button next = new Button("Next ▶");
        next.setId("lesson-next");
        next.setTooltip(new Tooltip("Play on to the next step (Page Down)."));
        next.setFocusTraversable(false);
        next.disableProperty().bind(lesson.canNextProperty().not());
        next.setOnAction(e -> lesson.next());
        Button help = new Button("?");
        help.setId("lesson-help");
        help.setFocusTraversable(false);
        help.setOnAction(e -> help().show(help));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, position, spacer, back, next, help);
        top.setAlignment(Pos.CENTER_LEFT);

        Label note = wrapping("lesson-note");
        Label question = wrapping("lesson-question");
        Button reveal = new Button("Reveal");
        reveal.setId("lesson-reveal");
        reveal.setFocusTraversable(false);
        reveal.setOnAction(e -> lesson.revealedProperty().set(true));
        HBox ask = new HBox(8, question, reveal);
        ask.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(question, Priority.ALWAYS);
        Label answer = wrapping("lesson-answer");
        Label problem = wrapping("lesson-problem");
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(lesson.problemProperty());
        shownWhen(problem, !lesson.problemProperty().get().isEmpty());
        lesson.problemProperty().addListener((o, a, b) -> shownWhen(problem, !b.isEmpty()));
        getChildren().addAll(top, note, ask, answer, problem);

        Runnable refresh = () -> {
            LessonStep s = lesson.currentProperty().get();
            note.setText(s == null ? "Press Space or Next: the run plays to the first step and pauses there." : s.note());
            boolean asks = s != null && s.hasQuestion();
            question.setText(asks ? s.question() : "");
            shownWhen(ask, asks);
            reveal.setDisable(lesson.revealedProperty().get() || s == null || s.answer().isEmpty());
            answer.setText(s == null ? "" : s.answer());
            shownWhen(answer, asks && lesson.revealedProperty().get() && !s.answer().isEmpty());
            shownWhen(this, lesson.countProperty().get() > 0);
        };
        lesson.currentProperty().addListener(o -> refresh.run());
        lesson.revealedProperty().addListener(o -> refresh.run());
        lesson.countProperty().addListener(o -> refresh.run());
        refresh.run();
    }

    private static Label wrapping(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(id);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setPrefWidth(0); // wrap at the bar's width, not at the text's one-line width
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static void shownWhen(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static PopOver help() {
        Label text = new Label("""
                A guided lesson: the run pauses at each step and shows its note.
                Next (Page Down, as a presentation clicker sends) plays on to the next step;
                Back (Page Up) shows the previous one. Reveal shows a question's answer.
                Highlighted panels have a blue frame. F11: presenter mode.""");
        text.setPadding(new Insets(8));
        PopOver p = new PopOver(text);
        p.setTitle("Guided lesson");
        p.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        return p;
    }
}
