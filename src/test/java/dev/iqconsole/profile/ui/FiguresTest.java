package dev.iqconsole.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void unknown_values_read_as_not_available() {
        assertThat(Figures.millis(Double.NaN)).isEqualTo("n/a");
        assertThat(Figures.tokensPerSecond(Double.NaN)).isEqualTo("n/a");
        assertThat(Figures.usd(null)).isEqualTo("n/a");
        assertThat(Figures.usdPerHour(null)).isEqualTo("n/a");
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

    @Test
    void dollars_carry_three_significant_digits_and_never_fewer_than_the_cents() {
        // two costs 0.8% apart, which three fixed decimals would both write $0.080
        assertThat(Figures.usd(new BigDecimal("0.079651234"))).isEqualTo("$0.0797");
        assertThat(Figures.usd(new BigDecimal("0.080299999"))).isEqualTo("$0.0803");
        // the cheapest and the dearest costs per million tokens, and hourly prices into the hundreds
        assertThat(Figures.usd(new BigDecimal("0.012345"))).isEqualTo("$0.0123");
        assertThat(Figures.usd(new BigDecimal("0.61549"))).isEqualTo("$0.615");
        assertThat(Figures.usd(new BigDecimal("5.8532"))).isEqualTo("$5.85");
        assertThat(Figures.usd(new BigDecimal("47.125"))).isEqualTo("$47.13");
        assertThat(Figures.usd(new BigDecimal("123.456"))).isEqualTo("$123.46");
        assertThat(Figures.usd(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
        // the precision is the same whatever zeros the figure ends on, also where rounding carries into a new digit
        assertThat(Figures.usd(new BigDecimal("0.08"))).isEqualTo("$0.0800");
        assertThat(Figures.usd(new BigDecimal("0.099996"))).isEqualTo("$0.100");
        assertThat(Figures.usd(new BigDecimal("9.996"))).isEqualTo("$10.00");
        assertThat(Figures.usd(BigDecimal.ZERO)).isEqualTo("$0.00");
    }
}
