package dev.iqconsole.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void unknown_values_read_as_not_available() {
        assertThat(Figures.millis(Double.NaN)).isEqualTo("n/a");
        assertThat(Figures.tokensPerSecond(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void numbers_are_grouped_and_carry_their_unit() {
        assertThat(Figures.tokensPerSecond(13335)).isEqualTo("13,335");
        assertThat(Figures.millis(297)).isEqualTo("297 ms");
        assertThat(Figures.millis(6.6)).isEqualTo("6.6 ms");
        assertThat(Figures.contextTokens(131072)).isEqualTo("128K tokens");
        assertThat(Figures.contextTokens(8000)).isEqualTo("8,000 tokens");
        assertThat(Figures.contextTokens(1_000_000)).isEqualTo("1M tokens"); // Llama 4 Maverick, as its card says
        assertThat(Figures.contextTokens(10_000_000)).isEqualTo("10M tokens");
        assertThat(Figures.kib(49152)).isEqualTo("48 KiB");
        assertThat(Figures.billions(20.9)).isEqualTo("20.9B");
    }
}
