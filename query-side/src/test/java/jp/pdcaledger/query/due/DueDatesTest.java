package jp.pdcaledger.query.due;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A municipality's own calendar, as its configuration says it; what it does not say keeps the default. */
class DueDatesTest {

    @Test
    void a_calendar_set_as_month_and_day_moves_only_the_steps_it_names() {
        DueDates dates = new Binder(java.util.List.of(new MapConfigurationPropertySource(Map.of("pdca.due.actuals", "--05-31"))), null,
                ApplicationConversionService.getSharedInstance()).bindOrCreate("pdca.due", DueDates.class);

        assertThat(dates.of(DueStep.ACTUALS, 2025)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(dates.of(DueStep.EVALUATION, 2025)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(dates.of(DueStep.CLOSE, 2025)).isEqualTo(LocalDate.of(2027, 3, 31));
    }
}
