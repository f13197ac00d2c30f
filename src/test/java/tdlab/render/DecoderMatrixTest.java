package tdlab.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tdlab.model.ParamGroup;
import tdlab.model.ParamLayout;
import tdlab.model.ParamTensor;
import tdlab.model.yz.YzModel;
import tdlab.task.classes.SequenceClassesTask;

/** Y read from K1 = Yᵀ, its symmetric colour range and Syn-Small's role bands. */
class DecoderMatrixTest {

    @Test
    void yIsTheTransposeOfTheStoredDecoderAndZeroIsTheNeutralColour() {
        ParamLayout layout = ParamLayout.builder().add(YzModel.DECODER, ParamGroup.HEAD, 2, 2)
                .add(YzModel.ATTENTION, ParamGroup.ATTENTION, 1, 2, 2).build();
        ParamTensor k1 = DecoderMatrix.tensor(layout).orElseThrow();
        double[] params = {1, -3, 0, 2, 9, 9, 9, 9}; // K1 = [[1, −3], [0, 2]] row-major, then Z
        DecoderMatrix y = DecoderMatrix.of(k1, params);
        assertThat(y.y()[0]).containsExactly(1, 0); // Y[l][n] = K1[n][l]
        assertThat(y.y()[1]).containsExactly(-3, 2);
        assertThat(y.maxAbs()).isEqualTo(3);
        Colormap map = Colormap.Named.BLUE_WHITE_ORANGE.load();
        Heatmap.Image img = y.render(map, 4, new int[0]);
        assertThat(img.argb()[4 * 8 + 0]).as("Y[1][0] = −3, the bottom").isEqualTo(map.argb(0));
        assertThat(img.argb()[0 * 8 + 4]).as("Y[0][1] = 0, the middle").isEqualTo(map.argb(0.5));
        DecoderMatrix zero = DecoderMatrix.of(k1, new double[8]);
        assertThat(zero.render(map, 1, new int[0]).argb()).containsOnly(map.argb(0.5));
        assertThat(y.cellAt(5, 1, 4)).containsExactly(0, 1);
        assertThat(y.cellAt(9, 1, 4)).isNull();
    }

    @Test
    void synSmallsBandsFollowTheCodesLayout() {
        List<TokenBands.Band> bands = TokenBands.of(SequenceClassesTask.synSmall());
        assertThat(bands).extracting(TokenBands.Band::label).containsExactly("CT", "DT 1", "DT 2", "query", "next");
        assertThat(bands).extracting(TokenBands.Band::from).containsExactly(0, 10, 20, 30, 32);
        assertThat(bands.get(4).to()).isEqualTo(34);
        assertThat(TokenBands.at(bands, 31).label()).isEqualTo("query");
    }
}
