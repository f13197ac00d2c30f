package tdlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupPhasesTest {

    @Test
    void bench_startupReadsBackWhatTheProbeLogged() {
        StartupPhases p = new StartupPhases(0.412, 1.108, 1.21, 1.876);
        assertThat(StartupPhases.parse("INFO: " + p.line())).contains(p);
        assertThat(StartupPhases.parse("INFO: some other line")).isEmpty();
    }

    @Test
    void theProcessStartedBeforeThisTest() {
        assertThat(StartupPhases.sinceProcessStart()).isPositive().isLessThan(24 * 3600);
    }
}
