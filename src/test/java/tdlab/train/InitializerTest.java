package tdlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tdlab.model.CanonicalConfig;
import tdlab.model.CanonicalModel;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;
import tdlab.model.TransformerConfig;
import tdlab.model.TransformerLayout;
import tdlab.task.ConfigException;

class InitializerTest {
    private final TransformerConfig gpt = TransformerConfig.gpt(2, 8, 1, 32, true);
    private final TransformerConfig simple = TransformerConfig.simple(4, 32);

    @Test
    void gaussianHasTheRequestedSpreadAndScalesResidualProjections() {
        ParamLayout layout = TransformerLayout.of(gpt);
        double[] p = Initializer.initialize(gpt, layout, InitConfig.gaussian(0.02), 1);
        assertThat(std(p, layout.get(TransformerLayout.WPE))).isCloseTo(0.02, within(0.002));
        assertThat(std(p, layout.get(TransformerLayout.W2))).isCloseTo(0.02 / Math.sqrt(2), within(0.003));
        assertThat(layout.slice(p, TransformerLayout.LN1)).containsOnly(1.0);
        assertThat(layout.slice(p, TransformerLayout.HEAD_B)).containsOnly(0.0);
        assertThat(Initializer.initialize(gpt, layout, InitConfig.gaussian(0.02), 1)).containsExactly(p);
        assertThat(Initializer.initialize(gpt, layout, InitConfig.gaussian(0.02), 2)).isNotEqualTo(p);
    }

    private static double std(double[] p, ParamTensor t) {
        double s = 0;
        for (int i = t.offset(); i < t.end(); i++) {
            s += p[i] * p[i];
        }
        return Math.sqrt(s / t.size());
    }

    @Test
    void zeroLeavesOnlyGainsAndTheChosenBias() {
        ParamLayout layout = TransformerLayout.of(gpt);
        double[] p = Initializer.initialize(gpt, layout, new InitConfig(InitConfig.Scheme.ZERO, 0.02, 0, 0, 0.3), 1);
        for (ParamTensor t : layout.tensors()) {
            double expected = t.group() == ParamGroup.NORM ? 1 : t.group() == ParamGroup.BIAS ? 0.3 : 0;
            assertThat(layout.slice(p, t.name())).as(t.name()).containsOnly(expected);
        }
    }

    @Test
    void lowRankMatchesTheReferenceStructure() {
        ParamLayout layout = TransformerLayout.of(simple);
        double[] p = Initializer.initialize(simple, layout, new InitConfig(InitConfig.Scheme.LOWRANK, 0.02, 0, 0, 0), 4);
        assertThat(layout.slice(p, TransformerLayout.WV)).containsOnly(0.0);
        double[] e = layout.slice(p, TransformerLayout.E);
        double[] wpe = layout.slice(p, TransformerLayout.WPE);
        for (int i = 0; i < 4; i++) {
            assertThat(wpe[i]).isCloseTo(-e[i] / 2, within(1e-15)); // every position row is −e/2
            assertThat(wpe[4 * 7 + i]).isCloseTo(-e[i] / 2, within(1e-15));
        }
        // W1 = ω αᵀ and W2 = α ωᵀ: every row of W1 is ±|ω| times the same sign vector, W2 = W1ᵀ
        double[] w1 = layout.slice(p, TransformerLayout.W1);
        double[] w2 = layout.slice(p, TransformerLayout.W2);
        for (int j = 0; j < 16; j++) {
            for (int i = 0; i < 4; i++) {
                assertThat(Math.abs(w1[j * 4 + i])).isCloseTo(Math.abs(w1[0]), within(1e-15));
                assertThat(w2[i * 16 + j]).isEqualTo(w1[j * 4 + i]);
            }
        }
    }

    @Test
    void canonicalPointIsExactForTheCanonicalModel() {
        ParamLayout layout = CanonicalModel.parameterLayout();
        double[] p = Initializer.initialize(new CanonicalConfig(), layout,
                new InitConfig(InitConfig.Scheme.CANONICAL_POINT, 0.02, 0.5, -1.0, 0.2), 9);
        assertThat(p).containsExactly(0.5, -1.0, 0.2);
    }

    @Test
    void schemesThatDoNotApplyAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Initializer.validate(gpt, InitConfig.canonicalPoint(1, -1)))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("init.scheme:");
        assertThatThrownBy(() -> Initializer.validate(new CanonicalConfig(),
                new InitConfig(InitConfig.Scheme.LOWRANK, 0.02, 0, 0, 0))).hasMessageStartingWith("init.scheme:");
    }

    @Test
    void anExplicitStartIsCopiedExactlyAndMustFitTheModel() {
        double[] start = {0.75, -1.25, 0.125};
        ParamLayout canonical = new CanonicalConfig().create(tdlab.model.Backend.PLAIN).layout();
        assertThat(Initializer.initialize(new CanonicalConfig(), canonical, InitConfig.explicit(start), 3))
                .containsExactly(start);
        assertThatThrownBy(() -> Initializer.initialize(new CanonicalConfig(), canonical,
                InitConfig.explicit(new double[] {1, 2}), 3)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("init.params:").hasMessageContaining("3 parameters");
        assertThatThrownBy(() -> InitConfig.explicit(new double[] {1, Double.NaN}))
                .hasMessageStartingWith("init.params[1]:");
        assertThatThrownBy(() -> new InitConfig(InitConfig.Scheme.GAUSSIAN, 0.02, 0, 0, 0, java.util.List.of(1.0)))
                .hasMessageStartingWith("init.params:");
    }
}
