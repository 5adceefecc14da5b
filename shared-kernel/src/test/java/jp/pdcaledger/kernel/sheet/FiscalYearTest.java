package jp.pdcaledger.kernel.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.stream.IntStream;
import jp.pdcaledger.kernel.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class FiscalYearTest {

    @Nested
    class Parsing {

        @ParameterizedTest(name = "\"{0}\" is FY2019")
        @ValueSource(strings = {"2019", "FY2019", "fy2019", "R1", "Ｒ１", "令和元年度", "令和1年度", "令和１年度",
                "H31", "平成31年度", "２０１９"})
        void every_accepted_form_of_reiwa_gannen_gives_fy2019(String label) {
            assertThat(FiscalYear.parse(label)).isEqualTo(FiscalYear.of(2019));
        }

        @Test
        void reiwa_gannen_and_heisei_31_name_the_same_fiscal_year() {
            assertThat(FiscalYear.parse("令和元年度")).isEqualTo(FiscalYear.parse("平成31年度"));
        }

        @ParameterizedTest(name = "\"{0}\" is FY{1}")
        @CsvSource({
                "H30, 2018",
                "平成30年度, 2018",
                "R2, 2020",
                "S63, 1988",
                "H1, 1989",
                "平成元年度, 1989"})
        void era_labels_name_the_western_fiscal_year_they_begin_in(String label, int expected) {
            assertThat(FiscalYear.parse(label).value()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "\"{0}\" is refused, saying so")
        @ValueSource(strings = {"R0", "令和0年度", "S70", "昭和70年度", "S64", "T16", "X1", "20190", "令和", "H999", "R2年度末末"})
        void an_impossible_or_unreadable_label_is_refused_with_a_message_naming_it(String label) {
            assertThatThrownBy(() -> FiscalYear.parse(label))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining(label);
        }

        @ParameterizedTest(name = "\"{0}\" is FY{1}, printed before 令和 was announced")
        @CsvSource({
                "H32, 2020",
                "h32, 2020",
                "Ｈ３２, 2020",
                "平成32年度, 2020",
                "平成３２年度, 2020",
                "平成32年度末, 2020",
                "平成33年度, 2021",
                "H35, 2023",
                "H31, 2019"})
        void a_heisei_year_past_31_is_counted_on_as_1988_plus_n(String label, int expected) {
            assertThat(FiscalYear.parse(label).value()).isEqualTo(expected);
        }

        @Test
        void heisei_32_is_shown_in_the_current_era() {
            FiscalYear heisei32 = FiscalYear.parse("平成32年度末");
            assertThat(heisei32.eraLabel()).isEqualTo("R2");
            assertThat(heisei32.japaneseLabel()).isEqualTo("令和２年度");
        }

        @ParameterizedTest(name = "\"{0}\" is FY{1}")
        @CsvSource({"令和2年度末, 2020", "令和元年度末, 2019", "Ｒ２年度末, 2020", "2020年度末, 2020", "FY2020年度, 2020"})
        void the_end_of_a_fiscal_year_as_a_deadline_prints_it_names_that_year(String label, int expected) {
            assertThat(FiscalYear.parse(label).value()).isEqualTo(expected);
        }

        @Test
        void a_heisei_year_counted_on_beyond_the_years_the_service_handles_is_refused_naming_the_label() {
            assertThatThrownBy(() -> FiscalYear.parse("平成999年度"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("平成999年度")
                    .hasMessageContaining("範囲");
        }

        @Test
        void only_heisei_is_counted_on_an_older_era_past_its_end_names_no_fiscal_year() {
            assertThatThrownBy(() -> FiscalYear.parse("昭和70年度"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("昭和70年度は存在しません");
            assertThatThrownBy(() -> FiscalYear.parse("T16"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("大正16年度は存在しません");
        }

        @Test
        void showa_70_does_not_exist_because_showa_ended_in_1989() {
            assertThatThrownBy(() -> FiscalYear.parse("S70"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("昭和70年度は存在しません");
        }

        @Test
        void showa_64_is_refused_because_showa_ended_on_7_january_1989_and_fy1989_is_heisei_gannen() {
            assertThatThrownBy(() -> FiscalYear.parse("S64"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("S64")
                    .hasMessageContaining("昭和64年度は存在しません");
        }

        @ParameterizedTest(name = "\"{0}\" names no year")
        @ValueSource(strings = {"R0", "令和0年度", "Ｒ０", "H0", "平成0年度末"})
        void year_zero_of_an_era_is_refused_because_eras_count_from_gannen(String label) {
            assertThatThrownBy(() -> FiscalYear.parse(label))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining(label)
                    .hasMessageContaining("元年から数えます");
        }

        @ParameterizedTest(name = "\"{0}\" is not a fiscal year; the message shows the accepted forms")
        @ValueSource(strings = {"X1", "20190", "令和"})
        void an_unreadable_label_is_refused_with_examples_of_readable_ones(String label) {
            assertThatThrownBy(() -> FiscalYear.parse(label))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("年度として読めません")
                    .hasMessageContaining("令和元年度");
        }

        @ParameterizedTest(name = "\"{0}\" is refused as empty")
        @ValueSource(strings = {"", " ", "　", "\t"})
        void an_empty_or_blank_label_is_refused_as_empty(String label) {
            assertThatThrownBy(() -> FiscalYear.parse(label))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("空");
        }

        @Test
        void a_null_label_is_refused_as_empty() {
            assertThatThrownBy(() -> FiscalYear.parse(null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("空");
        }
    }

    @Nested
    class Formatting {

        @ParameterizedTest(name = "FY{0} is printed {1} in tables")
        @CsvSource({"2018, H30", "2019, R1", "2020, R2", "1988, S63", "1989, H1"})
        void tables_print_the_short_era_label(int year, String expected) {
            assertThat(FiscalYear.of(year).eraLabel()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "FY{0} is written {1} in prose")
        @CsvSource({"2019, 令和元年度", "2020, 令和２年度", "2018, 平成３０年度", "1989, 平成元年度"})
        void prose_writes_the_japanese_label_with_gannen_and_full_width_digits(int year, String expected) {
            assertThat(FiscalYear.of(year).japaneseLabel()).isEqualTo(expected);
        }

        @Test
        void the_canonical_text_form_is_the_western_year() {
            assertThat(FiscalYear.of(2019)).hasToString("FY2019");
        }

        @ParameterizedTest(name = "FY{0}")
        @MethodSource("jp.pdcaledger.kernel.sheet.FiscalYearTest#heiseiAndReiwa")
        void the_era_label_reads_back_as_the_same_fiscal_year(int year) {
            FiscalYear fiscalYear = FiscalYear.of(year);
            assertThat(FiscalYear.parse(fiscalYear.eraLabel())).isEqualTo(fiscalYear);
        }

        @ParameterizedTest(name = "FY{0}")
        @MethodSource("jp.pdcaledger.kernel.sheet.FiscalYearTest#heiseiAndReiwa")
        void the_japanese_label_reads_back_as_the_same_fiscal_year(int year) {
            FiscalYear fiscalYear = FiscalYear.of(year);
            assertThat(FiscalYear.parse(fiscalYear.japaneseLabel())).isEqualTo(fiscalYear);
        }
    }

    static IntStream heiseiAndReiwa() {
        return IntStream.rangeClosed(1989, 2100);
    }

    @Nested
    class DatesInJapan {

        @ParameterizedTest(name = "with the JVM default time zone {0}")
        @ValueSource(strings = {"UTC", "Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"})
        void a_fiscal_year_begins_on_1_april_at_midnight_in_tokyo_whatever_the_default_time_zone(String zone) {
            TimeZone before = TimeZone.getDefault();
            try {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(FiscalYear.of(2019).start().toInstant()).isEqualTo(Instant.parse("2019-03-31T15:00:00Z"));
                assertThat(FiscalYear.of(2019).start().getZone()).isEqualTo(FiscalYear.JAPAN);
            } finally {
                TimeZone.setDefault(before);
            }
        }

        @Test
        void the_start_is_expressed_with_the_japanese_offset() {
            assertThat(FiscalYear.of(2019).start().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
            assertThat(FiscalYear.of(2019).start().toLocalDateTime()).isEqualTo(LocalDate.of(2019, 4, 1).atStartOfDay());
        }

        @Test
        void the_actuals_of_fy2020_are_as_of_31_march_2021() {
            assertThat(FiscalYear.of(2020).asOfDate()).isEqualTo(LocalDate.of(2021, 3, 31));
        }

        @Test
        void a_fiscal_year_has_not_begun_a_nanosecond_before_its_start() {
            Instant justBefore = Instant.parse("2019-03-31T15:00:00Z").minusNanos(1);
            assertThat(FiscalYear.of(2019).hasBegunAt(justBefore)).isFalse();
        }

        @Test
        void a_fiscal_year_has_begun_at_its_start_and_after() {
            Instant start = Instant.parse("2019-03-31T15:00:00Z");
            assertThat(FiscalYear.of(2019).hasBegunAt(start)).isTrue();
            assertThat(FiscalYear.of(2019).hasBegunAt(start.plusSeconds(1))).isTrue();
        }

        @Test
        void on_31_march_in_utc_the_next_fiscal_year_has_already_begun_in_japan() {
            assertThat(FiscalYear.of(2019).hasBegunAt(Instant.parse("2019-03-31T20:00:00Z"))).isTrue();
        }
    }

    @Nested
    class Json {

        private final JsonMapper json = JsonMapper.builder().build();

        @Test
        void a_fiscal_year_is_written_as_a_bare_number() {
            assertThat(json.writeValueAsString(FiscalYear.of(2019))).isEqualTo("2019");
        }

        @ParameterizedTest(name = "{0} reads as FY2019")
        @ValueSource(strings = {"2019", "\"R1\"", "\"令和元年度\"", "\"2019\""})
        void a_fiscal_year_is_read_from_a_number_or_any_accepted_label(String document) {
            assertThat(json.readValue(document, FiscalYear.class)).isEqualTo(FiscalYear.of(2019));
        }

        @Test
        void a_heisei_year_past_31_in_a_document_is_read_and_written_back_as_the_western_year() {
            FiscalYear read = json.readValue("\"平成32年度末\"", FiscalYear.class);
            assertThat(json.writeValueAsString(read)).isEqualTo("2020");
        }

        @Test
        void a_fiscal_year_inside_a_document_is_a_bare_number() {
            PlanPeriod period = new PlanPeriod(FiscalYear.of(2018), FiscalYear.of(2020));
            assertThat(json.writeValueAsString(period)).isEqualTo("{\"firstFiscalYear\":2018,\"lastFiscalYear\":2020}");
        }
    }

    @Test
    void a_year_outside_the_range_the_service_handles_is_refused() {
        assertThatThrownBy(() -> FiscalYear.of(1899))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("1899");
    }

    @Test
    void fiscal_years_are_ordered_by_their_western_year() {
        assertThat(FiscalYear.of(2018)).isLessThan(FiscalYear.of(2019));
    }
}
