package tdlab.render.frame;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tdlab.family.Families;
import tdlab.family.classes.ScanSnapTheory;
import tdlab.family.markov.ChainReferences;
import tdlab.family.markov.MarkovFamily;
import tdlab.model.Backend;
import tdlab.render.ClassScores;
import tdlab.render.Colormap;
import tdlab.render.DecoderMatrix;
import tdlab.render.TokenBands;
import tdlab.sim.Frame;
import tdlab.sim.RunInfo;
import tdlab.task.classes.SequenceClassesTask;
import tdlab.train.RunConfig;

/**
 * Which of a run's panels an exported frame shows: the family's panels in their order (the window's arrangement),
 * those that can be drawn offscreen from the recorded frames alone, at most four. Panels that compute on demand (the
 * loss plane, the phase diagram, the sweeps) have no quarter.
 */
final class Quarters {
    static final int MAX = 4;

    private Quarters() {
    }

    /**
     * The quarters by panel key, in the order drawn; {@code first} tells what the frames carry (attention maps,
     * (e, w) coordinates).
     */
    static Map<String, Quarter> forRun(RunConfig cfg, RunInfo info, Colormap palette, Frame first) {
        Map<String, Quarter> drawable = new LinkedHashMap<>();
        drawable.put("loss", ChartQuarters.loss(info));
        drawable.put("parameters", ChartQuarters.parameters());
        if (info.theory() instanceof ChainReferences chain) {
            drawable.put("predictions", ChartQuarters.predictions(chain));
        }
        if (first.attention().length > 0) {
            drawable.put("attention", ImageQuarters.attention(palette));
        }
        MarkovFamily.canonicalTheory(cfg.task()).filter(t -> first.reduced() != null)
                .ifPresent(t -> drawable.put("landscape", ImageQuarters.landscape(t)));
        drawable.put("ladder", ChartQuarters.ladder());
        drawable.put("spans", ImageQuarters.spans(palette));
        if (info.theory() instanceof ScanSnapTheory theory) {
            drawable.put("masses", ChartQuarters.masses(theory));
            ClassScores.of(cfg, 0).ifPresent(s -> drawable.put("scan", ImageQuarters.scan(s, palette)));
            decoder(cfg).ifPresent(q -> drawable.put("decoder", q));
        }
        Map<String, Quarter> out = new LinkedHashMap<>();
        for (String key : Families.of(cfg.task()).panels(cfg.model())) {
            Quarter q = drawable.get(key);
            if (q != null && out.size() < MAX) {
                out.put(key, q);
            }
        }
        return out;
    }

    private static Optional<Quarter> decoder(RunConfig cfg) {
        if (!(cfg.task() instanceof SequenceClassesTask t)) {
            return Optional.empty();
        }
        return DecoderMatrix.tensor(cfg.model().create(Backend.PLAIN).layout())
                .map(k1 -> ImageQuarters.decoder(k1, TokenBands.of(t)));
    }
}
