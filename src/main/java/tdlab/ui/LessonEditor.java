package tdlab.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import tdlab.preset.Classroom;
import tdlab.preset.Preset;
import tdlab.preset.PresetException;

/**
 * Lesson → Edit lesson: the sidebar becomes the lesson's step list. Add a step at the shown timeline step, write
 * its note, question and answer, tick the panels it highlights (ControlsFX's CheckListView), take the run's current
 * settings as the step's settings, reorder or remove steps, lock or hide sections; then Preview (play it), Save as a
 * lesson preset, or Done. The fields edit a {@link LessonDraft}; what the buttons do is the window's.
 */
final class LessonEditor extends VBox {

    /** What the editor's buttons ask of the window; each gets the lesson as a checked preset. */
    interface Actions {
        /** The step the timeline shows: where "Add step" puts a new step. */
        long shownStep();

        /** The run as it is now, for "Take the run's settings". */
        tdlab.train.RunConfig currentRun();

        /** The session's preset: its title and view go with the lesson. */
        Preset current();

        void preview(Preset lesson);

        void save(Preset lesson);

        void done(Preset lesson);
    }

    private final LessonDraft draft;
    private final Actions actions;
    private final ListView<LessonDraft.StepDraft> list = new ListView<>();
    private final TextField atStep = new TextField();
    private final TextArea note = new TextArea();
    private final TextField question = new TextField();
    private final TextField answer = new TextField();
    private final CheckListView<String> highlight = new CheckListView<>();
    private final Label settings = new Label();
    private final Label error = new Label();
    private final VBox stepFields;
    private LessonDraft.StepDraft bound;
    private boolean syncing;

    /**
     * @param panels the panel keys with their titles, in the order the run shows them (the highlight list; keys the
     *               steps already name are added)
     */
    LessonEditor(LessonDraft draft, Map<String, String> panels, Actions actions) {
        this.draft = draft;
        this.actions = actions;
        setId("lesson-editor");
        setSpacing(6);
        setPadding(new Insets(6));
        setPrefWidth(330);
        Label title = new Label("Lesson steps");
        title.getStyleClass().add("panel-title");

        list.setId("lesson-steps");
        list.setItems(draft.steps());
        list.setPrefHeight(150);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LessonDraft.StepDraft s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (getIndex() + 1) + ". " + s.summary());
                setPrefWidth(0); // the list's width, the note cut with an ellipsis: no sideways scrolling
            }
        });
        Button add = button("Add step", "lesson-add", "A new step that pauses at the step the timeline shows.",
                this::addStep);
        Button remove = button("Remove", "lesson-remove", "Remove the selected step.", () -> {
            draft.remove(selected());
            list.refresh();
        });
        Button up = button("↑", "lesson-up", "Move the selected step up.", () -> move(-1));
        Button down = button("↓", "lesson-down", "Move the selected step down.", () -> move(1));
        HBox listButtons = new HBox(4, add, remove, up, down);

        atStep.setId("lesson-edit-at");
        atStep.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,10}") ? c : null));
        note.setId("lesson-edit-note");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText("What the class should see here (shown large in presenter mode)");
        question.setId("lesson-edit-question");
        question.setPromptText("A question to the class (optional)");
        answer.setId("lesson-edit-answer");
        answer.setPromptText("Its answer, shown on Reveal");
        highlight.setId("lesson-edit-highlight");
        highlight.getItems().setAll(panels.keySet());
        draft.steps().forEach(st -> st.highlight.stream().filter(k -> !highlight.getItems().contains(k))
                .forEach(highlight.getItems()::add));
        highlight.setCellFactory(v -> new javafx.scene.control.cell.CheckBoxListCell<>(highlight::getItemBooleanProperty,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(String key) {
                        return panels.getOrDefault(key, key);
                    }

                    @Override
                    public String fromString(String title) {
                        return title;
                    }
                }));
        highlight.setPrefHeight(Math.min(8, panels.size()) * 26 + 4);
        settings.setId("lesson-edit-settings");
        settings.setWrapText(true);
        Button take = button("Take the run's settings", "lesson-take-settings", "The step restarts the run with the "
                + "settings the run has now (e.g. a start picked on the landscape) where they differ from the run as"
                + " the lesson leaves it before this step.", this::takeSettings);
        Button clear = button("Clear", "lesson-clear-settings", "The step applies no settings.", () -> {
            bound.settings.set(Map.of());
            showSettings(Map.of());
        });
        HBox.setHgrow(atStep, Priority.ALWAYS);
        stepFields = new VBox(4, new HBox(6, new Label("Pauses at step"), atStep), note, question, answer,
                new Label("Highlight panels"), highlight, settings, new HBox(4, take, clear));
        ((HBox) stepFields.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);

        GridPane restrictions = new GridPane();
        restrictions.setHgap(10);
        restrictions.setVgap(2);
        restrictions.addRow(0, new Label("Section"), new Label("Lock"), new Label("Hide"));
        int row = 1;
        for (String control : Classroom.CONTROLS) {
            CheckBox lock = new CheckBox();
            lock.setId("lesson-lock-" + control);
            lock.selectedProperty().bindBidirectional(draft.lockedProperty(control));
            CheckBox hide = new CheckBox();
            hide.setId("lesson-hide-" + control);
            hide.selectedProperty().bindBidirectional(draft.hiddenProperty(control));
            restrictions.addRow(row++, new Label(control), lock, hide);
        }

        error.setId("lesson-edit-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        Button preview = button("Preview", "lesson-preview", "Leave the editor and play the lesson from step 0.",
                () -> checked().ifPresent(actions::preview));
        Button save = button("Save as lesson preset…", "lesson-save", "Save the setup with this lesson as a preset.",
                () -> checked().ifPresent(actions::save));
        Button done = button("Done", "lesson-done", "Leave the editor; the session's preset keeps the lesson.",
                () -> checked().ifPresent(actions::done));
        VBox body = new VBox(6, title, list, listButtons, stepFields, new Label("Sections"), restrictions);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(scroll, error, new HBox(4, preview, save, done));

        wireFields();
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> bind());
        draft.steps().addListener((ListChangeListener<LessonDraft.StepDraft>) c -> list.refresh());
        if (!draft.steps().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        bind();
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private void addStep() {
        int i = draft.add(selected() < 0 ? draft.steps().size() - 1 : selected(), actions.shownStep());
        list.getSelectionModel().select(i);
        note.requestFocus();
    }

    private void move(int by) {
        int to = draft.move(selected(), by);
        list.getSelectionModel().select(to);
    }

    private void takeSettings() {
        try {
            draft.takeSettings(selected(), actions.currentRun());
            showSettings(bound.settings.get());
            error.setText("");
        } catch (PresetException e) {
            error.setText(String.join("\n", e.problems()));
        }
    }

    private java.util.Optional<Preset> checked() {
        try {
            Preset p = draft.build(actions.current());
            error.setText("");
            return java.util.Optional.of(p);
        } catch (PresetException e) {
            error.setText(String.join("\n", e.problems()));
            return java.util.Optional.empty();
        }
    }

    /** The fields write into the selected step; the step's values come into the fields on selection. */
    private void wireFields() {
        atStep.textProperty().addListener((o, a, b) -> {
            if (!syncing && bound != null && !b.isEmpty()) {
                bound.atStep.set(Long.parseLong(b));
                list.refresh();
            }
        });
        note.textProperty().addListener((o, a, b) -> {
            if (!syncing && bound != null) {
                bound.note.set(b);
                list.refresh();
            }
        });
        question.textProperty().addListener((o, a, b) -> {
            if (!syncing && bound != null) {
                bound.question.set(b);
            }
        });
        answer.textProperty().addListener((o, a, b) -> {
            if (!syncing && bound != null) {
                bound.answer.set(b);
            }
        });
        highlight.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing && bound != null) {
                bound.highlight.setAll(List.copyOf(highlight.getCheckModel().getCheckedItems()));
            }
        });
    }

    private void bind() {
        int i = selected();
        bound = null;
        syncing = true;
        try {
            LessonDraft.StepDraft s = i < 0 || i >= draft.steps().size() ? null : draft.steps().get(i);
            stepFields.setDisable(s == null);
            atStep.setText(s == null ? "" : Long.toString(s.atStep.get()));
            note.setText(s == null ? "" : s.note.get());
            question.setText(s == null ? "" : s.question.get());
            answer.setText(s == null ? "" : s.answer.get());
            highlight.getCheckModel().clearChecks();
            if (s != null) {
                s.highlight.stream().filter(highlight.getItems()::contains).forEach(highlight.getCheckModel()::check);
            }
            showSettings(s == null ? Map.of() : s.settings.get());
            bound = s;
        } finally {
            syncing = false;
        }
    }

    private void showSettings(Map<String, com.fasterxml.jackson.databind.JsonNode> s) {
        settings.setText(s.isEmpty() ? "Settings: none (the run goes on as it is)"
                : "Settings on arriving (the run restarts): " + s.entrySet().stream()
                        .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")));
    }
}
