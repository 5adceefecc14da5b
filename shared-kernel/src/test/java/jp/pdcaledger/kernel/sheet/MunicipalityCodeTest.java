package jp.pdcaledger.kernel.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.pdcaledger.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class MunicipalityCodeTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest(name = "{1} {0} passes the check digit")
    @CsvSource({
            "401005, Kitakyushu",
            "401307, Fukuoka",
            "281000, Kobe (r = 1 gives check digit 0)",
            "140007, Kanagawa prefecture"})
    void real_codes_of_municipalities_and_prefectures_are_accepted(String code, String name) {
        assertThat(MunicipalityCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void a_full_width_code_is_read_as_its_half_width_digits() {
        assertThat(MunicipalityCode.of("４０１００５")).isEqualTo(MunicipalityCode.of("401005"));
    }

    @Test
    void a_code_with_a_wrong_check_digit_is_refused_naming_the_expected_digit() {
        assertThatThrownBy(() -> MunicipalityCode.of("401006"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("401006")
                .hasMessageContaining("5 のはず");
    }

    @ParameterizedTest(name = "\"{0}\" is not six digits")
    @ValueSource(strings = {"40100", "4010050", "40100a", "abcdef", ""})
    void a_code_that_is_not_six_digits_is_refused(String code) {
        assertThatThrownBy(() -> MunicipalityCode.of(code))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("6桁の数字");
    }

    @ParameterizedTest(name = "null is refused")
    @NullSource
    void a_missing_code_is_refused(String code) {
        assertThatThrownBy(() -> MunicipalityCode.of(code))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("6桁の数字");
    }

    @Test
    void the_check_digit_follows_weights_6_5_4_3_2_modulo_11() {
        // 4*6 + 0*5 + 1*4 + 0*3 + 0*2 = 28; 28 mod 11 = 6; (11 - 6) mod 10 = 5
        assertThat(MunicipalityCode.checkDigit("40100")).isEqualTo(5);
        // 2*6 + 8*5 + 1*4 = 56; 56 mod 11 = 1; (11 - 1) mod 10 = 0
        assertThat(MunicipalityCode.checkDigit("28100")).isZero();
    }

    @Test
    void a_code_is_written_as_a_json_string() {
        assertThat(json.writeValueAsString(MunicipalityCode.of("401005"))).isEqualTo("\"401005\"");
    }

    @Test
    void a_code_is_read_from_a_json_string_full_width_or_not() {
        assertThat(json.readValue("\"401005\"", MunicipalityCode.class)).isEqualTo(MunicipalityCode.of("401005"));
        assertThat(json.readValue("\"４０１００５\"", MunicipalityCode.class)).isEqualTo(MunicipalityCode.of("401005"));
    }

    @Test
    void the_text_form_is_the_six_digits() {
        assertThat(MunicipalityCode.of("401005")).hasToString("401005");
    }
}
