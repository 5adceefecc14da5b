package jp.pdcaledger.query.projection;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SqlFilterTest {

    @Test
    void without_a_value_given_it_filters_nothing() {
        SqlFilter filter = new SqlFilter().and("municipality_code = ?", null);

        assertThat(filter.where()).isEmpty();
        assertThat(filter.params(100, 0L)).containsExactly(100, 0L);
    }

    @Test
    void each_value_given_adds_its_condition_and_travels_as_a_parameter_before_the_page() {
        SqlFilter filter = new SqlFilter().and("municipality_code = ?", "401005").and("department = ?", null)
                .and("first_fiscal_year = ?", 2024);

        assertThat(filter.where()).isEqualTo(" WHERE municipality_code = ? AND first_fiscal_year = ?");
        assertThat(filter.params(100, 200L)).containsExactly("401005", 2024, 100, 200L);
    }

    @Test
    void a_part_of_a_text_takes_its_wildcards_literally() {
        assertThat(SqlFilter.containing("50%_\\")).isEqualTo("%50\\%\\_\\\\%");
        assertThat(SqlFilter.containing(null)).isNull();
    }
}
