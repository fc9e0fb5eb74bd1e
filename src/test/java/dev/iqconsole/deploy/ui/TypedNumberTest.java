package dev.iqconsole.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedNumberTest {

    @Test
    void plain_decimal_and_exponent_forms_are_read_as_people_mean_them() {
        assertThat(TypedNumber.read("50", "ms").value()).isEqualTo(50.0);
        assertThat(TypedNumber.read(" 12.5 ", "ms").value()).isEqualTo(12.5);
        assertThat(TypedNumber.read(".5", "ms").value()).isEqualTo(0.5);
        assertThat(TypedNumber.read("1e9", "ms").value()).isEqualTo(1e9);
        assertThat(TypedNumber.read("2E3", "ms").value()).isEqualTo(2000.0);
        assertThat(TypedNumber.read("2e-1", "ms").value()).isEqualTo(0.2);
        assertThat(TypedNumber.read("50 ms", "ms").value()).isEqualTo(50.0);
    }

    @Test
    void anything_else_is_unreadable_rather_than_misread() {
        for (String text : new String[] {"1,5", "abc", "1e", "e3", "1.2.3", "50 s", "0x10", "1 000"}) {
            assertThat(TypedNumber.read(text, "ms").value()).as(text).isNull();
            assertThat(TypedNumber.read(text, "ms").blank()).as(text).isFalse();
        }
        assertThat(TypedNumber.read("  ", "ms").blank()).isTrue();
    }

    @Test
    void only_finite_numbers_above_zero_are_positive() {
        assertThat(TypedNumber.read("-5", "ms").positive()).isFalse();
        assertThat(TypedNumber.read("0", "ms").positive()).isFalse();
        assertThat(TypedNumber.read("1e999", "ms").positive()).isFalse();
        assertThat(TypedNumber.read("1e-3", "ms").positive()).isTrue();
    }

    @Test
    void whole_numbers_include_exponents_that_land_on_one_and_stop_at_the_limit() {
        assertThat(TypedNumber.read("2e3", null).wholeUpTo(10_000)).isEqualTo(2000);
        assertThat(TypedNumber.read("512.0", null).wholeUpTo(10_000)).isEqualTo(512);
        assertThat(TypedNumber.read("1.5", null).wholeUpTo(10_000)).isNull();
        assertThat(TypedNumber.read("1e5", null).wholeUpTo(10_000)).isNull();
        assertThat(TypedNumber.plain(1000.0)).isEqualTo("1000");
        assertThat(TypedNumber.plain(12.5)).isEqualTo("12.5");
    }
}
