package tdlab.ui.panels.order;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import tdlab.family.orders.OrdersReadout;
import tdlab.family.orders.OrdersTheory;
import tdlab.model.kqov.KqOvConfig;
import tdlab.model.kqov.KqOvModel;
import tdlab.render.OrdersCharts;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.task.orders.OrdersData;
import tdlab.task.orders.Sentence;
import tdlab.train.RunConfig;
import tdlab.ui.panels.Panel;

/**
 * The order panel (S6): the chosen sentence's query and its hidden order, tokens by level (a total order's ranking,
 * highest on top; a DAG's rows of its Hasse diagram, which is a linear extension and no more), the sentence's tokens
 * marked and its optimal token highlighted, each token's relation to it (above, below or incomparable: the
 * incomparable ones greyed, so no row implies an order that is not there), its collocation, its learned score
 * e_xᵀ W_kq e_q at the shown frame and its score under W_kq* (scaled to the same norm).
 */
public final class OrderPanel implements Panel {
    public static final String KEY = "order";
    private static final int COLUMNS = 7;
    private final ComboBox<String> chooser = new ComboBox<>();
    private final GridPane table = new GridPane();
    private final Label summary = new Label();
    private final VBox view;
    private OrdersTheory theory;
    private KqOvModel model;
    private double[] star;
    private Frame shown;
    /** The drawn rows' "vs x*" cells, top to bottom (for tests). */
    private final java.util.List<String> relations = new java.util.ArrayList<>();

    public OrderPanel() {
        chooser.setId("order-sentence");
        chooser.setTooltip(new Tooltip("The training sentence whose query's order is shown."));
        chooser.valueProperty().addListener((o, a, b) -> draw());
        table.setId("order-table");
        table.setHgap(12);
        table.setVgap(1);
        table.setPadding(new Insets(4, 8, 4, 8));
        summary.setWrapText(true);
        summary.setPadding(new Insets(0, 8, 0, 8));
        Label help = new Label("?");
        help.setId("order-help");
        Tooltip tip = new Tooltip("Each query q has a hidden order ≻_q over the K tokens, drawn from task.seed: a total"
                + " order from random priorities, or a partial order from a random DAG (task.order), where some tokens"
                + " are incomparable. The table lists the tokens by level: level 1 has nothing above it, each later"
                + " level sits directly below the one before; in a DAG tokens of one level are incomparable and"
                + " 'vs x*' says how each token relates to x*: ≻ above, ≺ below, ∥ incomparable (greyed). A sentence's"
                + " optimal token x* is the one ≻_q every other token of it (the query itself included) and its label"
                + " is x*'s collocation n(x*). Stage 2 learns W_kq so that the score"
                + " e_xᵀ W_kq e_q ranks x* above every other token of each training sentence; the max-margin W_kq* does"
                + " so with margin 1 using only the pairs the training sentences reveal, so tokens never compared under"
                + " this query keep score 0. Paper setting reconstructed (Huang–Liang–Yang; the orders are ours).");
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        Tooltip.install(help, tip);
        HBox top = new HBox(8, chooser, help);
        top.setPadding(new Insets(2, 6, 2, 6));
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        view = new VBox(top, summary, scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "The query's order";
    }

    @Override
    public String description() {
        return "The chosen sentence's query: its tokens by level of its order, the sentence's tokens marked, the optimal"
                + " one highlighted, tokens incomparable to it greyed, with the learned and the max-margin scores.";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void newRun(RunConfig config, RunInfo info) {
        theory = info.theory() instanceof OrdersTheory t ? t : null;
        model = config.model() instanceof KqOvConfig spec ? new KqOvModel(spec) : null;
        star = theory != null && model != null ? theory.solutions(model).wkq() : null;
        shown = null;
        chooser.getItems().clear();
        if (theory != null) {
            List<Sentence> train = theory.data().train();
            for (int i = 0; i < Math.min(50, train.size()); i++) {
                Sentence s = train.get(i);
                chooser.getItems().add(String.format(Locale.ROOT, "sentence %d: query %d, %d tokens", i + 1,
                        s.query(), s.length()));
            }
            chooser.getSelectionModel().select(0);
        }
        draw();
    }

    @Override
    public void showFrame(Frame shown, List<Frame> recorded) {
        if (shown != this.shown) {
            this.shown = shown;
            draw();
        }
    }

    private void draw() {
        table.getChildren().clear();
        relations.clear();
        int i = chooser.getSelectionModel().getSelectedIndex();
        if (theory == null || model == null || i < 0) {
            summary.setText("");
            return;
        }
        OrdersData d = theory.data();
        Sentence s = d.train().get(i);
        int q = s.query();
        OrdersReadout now = shown == null || shown.checkpoint() == null ? null
                : OrdersReadout.of(model, shown.checkpoint().params());
        OrdersReadout target = OrdersReadout.of(model, withKq(star));
        double scale = now == null ? 0 : norm(shown.checkpoint().params()) / norm(withKq(star));
        summary.setText(String.format(Locale.ROOT, "Query %d%s. Sentence %s: optimal token %d, label n(%d) = %d.%s", q,
                d.total() ? " (a total order: level = rank)" : " (a partial order from a random DAG: the levels are"
                        + " one linear extension; ∥ marks tokens incomparable with x*)",
                tokens(s), s.optimal(), s.optimal(), s.label(), now == null ? "" : String.format(Locale.ROOT,
                        " Score: e_xᵀ W_kq e_q at step %,d; W*: the max-margin W_kq* scaled to ‖W_kq‖. In: the sentence's"
                        + " tokens; x*: its optimal token.", shown.step())));
        String[] head = {"level", "x", "n(x)", "role", "vs x*", "score", "W* score"};
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(head[c]);
            l.setStyle("-fx-font-weight: bold;");
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            table.add(l, c, 0);
        }
        String accent = String.format(Locale.ROOT, "#%06x", OrdersCharts.optimalColour().getRGB() & 0xFFFFFF);
        int row = 0; // the header's
        for (int x : d.ranking(q)) {
            row++;
            boolean in = contains(s, x);
            boolean optimal = x == s.optimal();
            boolean incomparable = !d.comparable(q, x, s.optimal());
            String role = optimal ? (x == q ? "x*, query" : "x*") : x == q ? "query" : in ? "in" : "";
            String relation = optimal ? "" : incomparable ? "∥ x*" : d.prefers(q, x, s.optimal()) ? "≻ x*" : "≺ x*";
            relations.add(relation);
            String[] cells = {Integer.toString(d.level(q, x)), Integer.toString(x), Integer.toString(d.collocation(x)),
                role, relation, now == null ? "—" : String.format(Locale.ROOT, "%.3f", now.score(x, q)),
                String.format(Locale.ROOT, "%.3f", target.score(x, q) * (now == null ? 1 : scale))};
            String style = optimal ? "-fx-font-weight: bold; -fx-text-fill: " + accent + ";"
                    : incomparable ? "-fx-opacity: 0.45; -fx-font-style: italic;"
                    : in ? "-fx-font-weight: bold;" : "-fx-opacity: 0.6;";
            for (int c = 0; c < cells.length; c++) {
                Label l = new Label(cells[c]);
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                l.setStyle(style);
                table.add(l, c, row);
            }
        }
    }

    /** W_kq* in the model's flat layout, with W_ov = 0 (the scores read W_kq alone). */
    private double[] withKq(double[] wkq) {
        double[] p = new double[model.layout().size()];
        System.arraycopy(wkq, 0, p, model.layout().get(KqOvModel.KQ).offset(), wkq.length);
        return p;
    }

    /** ‖W_kq‖ of a flat parameter vector. */
    private double norm(double[] p) {
        var t = model.layout().get(KqOvModel.KQ);
        double s = 0;
        for (int j = t.offset(); j < t.end(); j++) {
            s += p[j] * p[j];
        }
        return Math.sqrt(s);
    }

    private static boolean contains(Sentence s, int x) {
        for (int i = 0; i < s.length(); i++) {
            if (s.token(i) == x) {
                return true;
            }
        }
        return false;
    }

    private static String tokens(Sentence s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(i == 0 ? "" : " ").append(s.token(i));
        }
        return b.toString();
    }

    /** The drawn rows' relation to the sentence's optimal token: "≻ x*", "≺ x*", "∥ x*" or "" for x* (for tests). */
    public List<String> relations() {
        return List.copyOf(relations);
    }

    /** Rows of the table drawn, the header included (for tests). */
    public int rows() {
        return table.getChildren().size() / COLUMNS;
    }
}
