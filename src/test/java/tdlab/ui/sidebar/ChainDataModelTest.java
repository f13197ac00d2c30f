package tdlab.ui.sidebar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tdlab.task.MarkovTask;
import tdlab.theory.CanonicalTheory;
import tdlab.train.InitConfig;
import tdlab.ui.ConfigDraft;
import tdlab.ui.Presets;

/** The Data section's view model: what the view binds to, computed from the draft alone. */
class ChainDataModelTest {
    private final ConfigDraft draft = new ConfigDraft(Presets.load("s1a-local-to-global-pq-below-one").run());
    private final ChainDataModel model = new ChainDataModel(draft);

    private static int cell(double v) {
        return (int) (v * ChainDataModel.BASIN_GRID);
    }

    @Test
    void aBinaryChainHasASampleAndABasinMapAtItsPoint() {
        assertThat(model.binaryProperty().get()).isTrue();
        assertThat(model.sampleProperty().get()).matches("sample: [01]{48}");
        ChainDataModel.BasinMap map = model.basinsProperty().get();
        assertThat(map.p()).isEqualTo(0.2);
        assertThat(map.q()).isEqualTo(0.3);
        assertThat(map.outcomes()).hasDimensions(ChainDataModel.BASIN_GRID, ChainDataModel.BASIN_GRID);
        assertThat(((MarkovTask) model.editedTaskProperty().get()).matrix().binaryP()).isEqualTo(0.2);
    }

    @Test
    void theShadingFollowsTheInitialisation() {
        // p + q > 1 from a start left of the saddle (w0 < −1/√2) reaches the global minimum; from the
        // right of it, a small start stays on the unigram plateau
        draft.setBinary(0.8, 0.9);
        draft.schemeProperty().set(InitConfig.Scheme.CANONICAL_POINT);
        draft.e0Property().set(0.5);
        draft.w0Property().set(-1.5);
        assertThat(model.basinsProperty().get().outcomes()[cell(0.8)][cell(0.9)])
                .isEqualTo(new CanonicalTheory(0.81, 0.91).basin(0.5, -1.5)).isEqualTo(CanonicalTheory.Outcome.GLOBAL);
        draft.w0Property().set(0.5);
        assertThat(model.basinsProperty().get().outcomes()[cell(0.8)][cell(0.9)])
                .isEqualTo(CanonicalTheory.Outcome.LOCAL);
    }

    @Test
    void aLargerChainHasNoPadAndAnInvalidOneNoSample() {
        draft.setStates(3);
        assertThat(model.binaryProperty().get()).isFalse();
        assertThat(model.basinsProperty().get()).isNull();
        assertThat(model.sampleProperty().get()).matches("sample: [012]{48}");
        draft.matrixProperty().set(new double[][] {{0.5, 0.6, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThat(model.editedTaskProperty().get()).isNull();
        assertThat(model.sampleProperty().get()).isEqualTo("sample: (invalid matrix)");
    }
}
