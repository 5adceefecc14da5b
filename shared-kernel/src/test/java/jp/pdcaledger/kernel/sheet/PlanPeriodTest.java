package jp.pdcaledger.kernel.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.pdcaledger.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class PlanPeriodTest {

    /** 第5期 = FY2018–FY2020. */
    private final PlanPeriod fifthPeriod = new PlanPeriod(FiscalYear.of(2018), FiscalYear.of(2020));

    @Test
    void a_period_whose_last_year_is_before_its_first_is_refused_naming_both_years() {
        assertThatThrownBy(() -> new PlanPeriod(FiscalYear.of(2020), FiscalYear.of(2018)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2020")
                .hasMessageContaining("2018");
    }

    @Test
    void a_period_of_a_single_fiscal_year_is_accepted() {
        assertThat(new PlanPeriod(FiscalYear.of(2021), FiscalYear.of(2021)).fiscalYears())
                .containsExactly(FiscalYear.of(2021));
    }

    @Test
    void a_period_of_ten_years_is_accepted_and_one_of_eleven_is_refused() {
        assertThat(new PlanPeriod(FiscalYear.of(2018), FiscalYear.of(2027)).fiscalYears()).hasSize(10);
        assertThatThrownBy(() -> new PlanPeriod(FiscalYear.of(2018), FiscalYear.of(2028)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("10年");
    }

    @Test
    void a_period_needs_both_ends() {
        assertThatThrownBy(() -> new PlanPeriod(null, FiscalYear.of(2020))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PlanPeriod(FiscalYear.of(2018), null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "FY{0} in 第5期: {1}")
    @CsvSource({"2017, false", "2018, true", "2019, true", "2020, true", "2021, false"})
    void a_period_contains_its_fiscal_years_both_ends_included(int year, boolean contained) {
        assertThat(fifthPeriod.contains(FiscalYear.of(year))).isEqualTo(contained);
    }

    @Test
    void the_fiscal_years_of_the_fifth_period_are_fy2018_fy2019_and_fy2020_in_order() {
        assertThat(fifthPeriod.fiscalYears())
                .containsExactly(FiscalYear.of(2018), FiscalYear.of(2019), FiscalYear.of(2020));
    }

    @Test
    void a_period_is_written_and_read_with_western_fiscal_years() {
        JsonMapper json = JsonMapper.builder().build();
        String document = json.writeValueAsString(fifthPeriod);
        assertThat(document).isEqualTo("{\"firstFiscalYear\":2018,\"lastFiscalYear\":2020}");
        assertThat(json.readValue(document, PlanPeriod.class)).isEqualTo(fifthPeriod);
    }
}
