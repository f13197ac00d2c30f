package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** After the window's workaround every text layout gets its own GlyphLayout, so no two threads share one. */
@ExtendWith(ApplicationExtension.class)
class GlyphLayoutRaceTest {

    @Test
    void noTwoLayoutsShareTheLentInstanceAnyMore() throws Exception {
        Object[] lent = WaitForAsyncUtils.asyncFx(() -> {
            GlyphLayoutRace.close();
            Class<?> layout = Class.forName("com.sun.javafx.text.GlyphLayout");
            Method get = layout.getMethod("getInstance");
            Method dispose = layout.getMethod("dispose");
            Object a = get.invoke(null);
            dispose.invoke(a); // returning the instance must not make it lendable again
            Object b = get.invoke(null);
            dispose.invoke(b);
            return new Object[] {a, b};
        }).get();
        assertThat(Platform.isFxApplicationThread()).isFalse();
        assertThat(lent[0]).isNotSameAs(lent[1]);
    }
}
