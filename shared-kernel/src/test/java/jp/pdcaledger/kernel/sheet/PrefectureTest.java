package jp.pdcaledger.kernel.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PrefectureTest {

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource({
            "401005, 福岡県",
            "281000, 兵庫県",
            "140007, 神奈川県",
            "011002, 北海道",
            "472018, 沖縄県"})
    void a_municipality_lies_in_the_prefecture_of_its_first_two_digits(String code, String prefecture) {
        assertThat(Prefecture.of(MunicipalityCode.of(code)).name()).isEqualTo(prefecture);
    }

    @Test
    void there_are_47_from_hokkaido_to_okinawa_each_with_its_two_digit_code() {
        assertThat(Prefecture.all()).hasSize(47);
        assertThat(Prefecture.all().get(0)).isEqualTo(new Prefecture("01", "北海道"));
        assertThat(Prefecture.all().get(12)).isEqualTo(new Prefecture("13", "東京都"));
        assertThat(Prefecture.all().get(46)).isEqualTo(new Prefecture("47", "沖縄県"));
    }

    @ParameterizedTest(name = "{0} is no prefecture")
    @ValueSource(strings = {"00", "48", "1", "１３", "tokyo", ""})
    void a_code_that_names_no_prefecture_gives_none(String code) {
        assertThat(Prefecture.of(code)).isEmpty();
    }
}
