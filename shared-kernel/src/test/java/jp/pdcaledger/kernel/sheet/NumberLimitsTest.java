package jp.pdcaledger.kernel.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The numbers a sheet can hold, decided and shown without ever writing an absurd one out. */
class NumberLimitsTest {

    @ParameterizedTest(name = "{0} is within the limits")
    @ValueSource(strings = {"0", "175", "999999999999.9999", "-999999999999.9999", "0.0001", "78.9", "1E+3", "-5"})
    void numbers_below_a_trillion_with_at_most_four_decimals_are_within_the_limits(String number) {
        assertThat(NumberLimits.withinLimits(new BigDecimal(number))).isTrue();
    }

    @ParameterizedTest(name = "{0} is beyond the limits")
    @ValueSource(strings = {"1e400", "1e999999999", "-1e999999999", "1000000000000", "1E+12", "0.00001", "1e-999999999",
            "999999999999.99999", "1.50000"})
    void a_trillion_or_more_or_a_fifth_decimal_is_beyond_the_limits(String number) {
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> NumberLimits.withinLimits(new BigDecimal(number)))).isFalse();
    }

    @Test
    void a_number_within_the_limits_is_written_out_and_one_far_beyond_them_in_scientific_notation() {
        assertThat(NumberLimits.text(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(NumberLimits.text(new BigDecimal("999999999999.9999"))).isEqualTo("999999999999.9999");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> NumberLimits.text(new BigDecimal("1e999999999")))).isEqualTo("1E+999999999");
        assertThat(NumberLimits.text(new BigDecimal("1e400"))).isEqualTo("1E+400");
        assertThat(NumberLimits.text(new BigDecimal("-1e-999999999"))).isEqualTo("-1E-999999999");
    }

    @Test
    void numbers_are_the_same_by_value_and_a_number_not_available_only_as_another() {
        assertThat(NumberLimits.sameValue(new BigDecimal("1"), new BigDecimal("1.0"))).isTrue();
        assertThat(NumberLimits.sameValue(new BigDecimal("1E+3"), new BigDecimal("1000"))).isTrue();
        assertThat(NumberLimits.sameValue(new BigDecimal("1"), new BigDecimal("1.0001"))).isFalse();
        assertThat(NumberLimits.sameValue(null, null)).isTrue();
        assertThat(NumberLimits.sameValue(null, BigDecimal.ZERO)).isFalse();
        assertThat(NumberLimits.sameValue(BigDecimal.ZERO, null)).isFalse();
    }
}
