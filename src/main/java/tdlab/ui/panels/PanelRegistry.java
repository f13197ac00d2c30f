package tdlab.ui.panels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tdlab.family.Families;
import tdlab.preset.Classroom;
import tdlab.preset.Preset;
import tdlab.preset.ViewSettings;
import tdlab.ui.panels.accuracy.AccuracyPanel;
import tdlab.ui.panels.attention.AttentionPanel;
import tdlab.ui.panels.decoder.DecoderPanel;
import tdlab.ui.panels.headattention.HeadAttentionPanel;
import tdlab.ui.panels.headsweep.HeadSweepPanel;
import tdlab.ui.panels.directions.DirectionsPanel;
import tdlab.ui.panels.ladder.LadderPanel;
import tdlab.ui.panels.landscape.LandscapePanel;
import tdlab.ui.panels.loss.LossPanel;
import tdlab.ui.panels.lrsweep.LrSweepPanel;
import tdlab.ui.panels.masses.MassesPanel;
import tdlab.ui.panels.norms.NormsPanel;
import tdlab.ui.panels.optattention.OptAttentionPanel;
import tdlab.ui.panels.order.OrderPanel;
import tdlab.ui.panels.parameters.ParametersPanel;
import tdlab.ui.panels.phase.PhasePanel;
import tdlab.ui.panels.plane.PlanePanel;
import tdlab.ui.panels.predictions.PredictionsPanel;
import tdlab.ui.panels.relevance.RelevancePanel;
import tdlab.ui.panels.scan.ScanPanel;
import tdlab.ui.panels.spans.SpansPanel;

/**
 * The panels this build can show, by key, and the rule for which ones a run shows: the panels its task
 * family lists for its model (the family knows which ones the run can feed), narrowed to a preset's
 * {@code view.panels} when it names any, minus the classroom's hidden ones, in the family's arrangement.
 */
public final class PanelRegistry {
    private final Map<String, Function<PanelContext, Panel>> factories;

    public PanelRegistry(Map<String, Function<PanelContext, Panel>> factories) {
        this.factories = new LinkedHashMap<>(factories);
    }

    /** Every panel of the app. A preset names them by the same keys ({@link ViewSettings#PANELS}). */
    public static PanelRegistry standard() {
        Map<String, Function<PanelContext, Panel>> f = new LinkedHashMap<>();
        f.put(LossPanel.KEY, c -> new LossPanel());
        f.put(ParametersPanel.KEY, c -> new ParametersPanel());
        f.put(AttentionPanel.KEY, c -> new AttentionPanel());
        f.put(PredictionsPanel.KEY, c -> new PredictionsPanel());
        f.put(LandscapePanel.KEY, LandscapePanel::new);
        f.put(PlanePanel.KEY, PlanePanel::new);
        f.put(PhasePanel.KEY, PhasePanel::new);
        f.put(LadderPanel.KEY, c -> new LadderPanel());
        f.put(SpansPanel.KEY, c -> new SpansPanel());
        f.put(LrSweepPanel.KEY, c -> new LrSweepPanel());
        f.put(ScanPanel.KEY, c -> new ScanPanel());
        f.put(MassesPanel.KEY, c -> new MassesPanel());
        f.put(DecoderPanel.KEY, c -> new DecoderPanel());
        f.put(RelevancePanel.KEY, c -> new RelevancePanel());
        f.put(HeadAttentionPanel.KEY, c -> new HeadAttentionPanel());
        f.put(HeadSweepPanel.KEY, c -> new HeadSweepPanel());
        f.put(DirectionsPanel.KEY, c -> new DirectionsPanel());
        f.put(NormsPanel.KEY, c -> new NormsPanel());
        f.put(OptAttentionPanel.KEY, c -> new OptAttentionPanel());
        f.put(AccuracyPanel.KEY, c -> new AccuracyPanel());
        f.put(OrderPanel.KEY, c -> new OrderPanel());
        return new PanelRegistry(f);
    }

    public Set<String> keys() {
        return factories.keySet();
    }

    /** A new panel of this key (on the FX thread). */
    public Panel create(String key, PanelContext context) {
        Function<PanelContext, Panel> factory = factories.get(key);
        if (factory == null) {
            throw new IllegalArgumentException("no panel \"" + key + "\"; known: " + keys());
        }
        Panel panel = factory.apply(context);
        if (!panel.key().equals(key)) {
            throw new IllegalStateException("the factory for \"" + key + "\" built the panel \"" + panel.key() + "\"");
        }
        return panel;
    }

    /** The keys of the panels the preset's run shows, in their arrangement. */
    public List<String> keysFor(Preset preset) {
        return keysFor(Families.of(preset.run().task()).panels(preset.run().model()), preset.view(),
                preset.classroom());
    }

    /**
     * The family's panels, narrowed to the view's panels when it names any, minus the hidden ones. A family
     * listing a panel that no factory builds is a programming error and says so; unknown keys in a preset
     * never get here, the preset reader refuses them with their field.
     */
    public List<String> keysFor(List<String> familyPanels, ViewSettings view, Classroom classroom) {
        List<String> keys = new ArrayList<>();
        for (String key : familyPanels) {
            if (!factories.containsKey(key)) {
                throw new IllegalStateException("the task family lists the panel \"" + key + "\", which no factory"
                        + " builds; known: " + keys());
            }
            if (selected(key, view.panels()) && !classroom.isHidden(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static boolean selected(String key, Collection<String> chosen) {
        return chosen.isEmpty() || chosen.contains(key);
    }
}
