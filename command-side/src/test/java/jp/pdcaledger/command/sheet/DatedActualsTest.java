package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.event.ActivityActualCorrected;
import jp.pdcaledger.kernel.event.ActivityActualRecorded;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

/** Values dated other than 31 March (「令和2年7月末時点」, issue 21): an actual carries its own as-of date. */
class DatedActualsTest {

    private static final String REASON = "時点の誤りを訂正";
    private static final LocalDate END_OF_JULY_2020 = LocalDate.of(2020, 7, 31);

    @Test
    void an_actual_recorded_with_its_own_date_carries_it_in_its_event() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, END_OF_JULY_2020, null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, END_OF_JULY_2020));
    }

    @Test
    void an_actual_without_a_date_is_as_of_31_march_as_every_actual_was_before() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, null));
    }

    @Test
    void an_activity_indicator_actual_takes_a_date_alike() {
        fixture().given(history(seedDefined(), emergencyStaysDefined()))
                .when(new RecordAnnualActual(SHEET, FY2020, EMERGENCY_STAYS, BigDecimal.TEN, null, END_OF_JULY_2020, null))
                .expectEvents(new ActivityActualRecorded(SHEET, FY2020, EMERGENCY_STAYS, BigDecimal.TEN, null,
                        END_OF_JULY_2020));
    }

    @ParameterizedTest(name = "as of {0} for FY2020")
    @ValueSource(strings = {"2020-04-01", "2021-03-31", "2022-03-31"})
    void a_date_from_the_first_day_of_the_year_to_a_year_after_its_end_is_taken(String date) {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, LocalDate.parse(date), null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null,
                        LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "as of {0} for FY2020 is refused")
    @ValueSource(strings = {"2020-03-31", "2019-07-31", "2022-04-01", "2099-01-01"})
    void a_date_before_the_year_begins_or_more_than_a_year_after_it_ends_is_refused_naming_as_of(String date) {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, LocalDate.parse(date), null))
                .expectNoEvents()
                .expectException(invalidField("asOf"));
    }

    @Test
    void a_correction_of_the_date_alone_is_a_correction_naming_the_date_it_replaces() {
        fixture().given(history(seedDefined(), actualRecorded(FY2020, 1)))
                .when(new CorrectAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, END_OF_JULY_2020,
                        REASON, null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null,
                        BigDecimal.ONE, null, END_OF_JULY_2020, null));
    }

    @Test
    void a_correction_states_the_actual_as_it_is_to_stand_so_without_a_date_it_is_as_of_31_march_again() {
        fixture().given(history(seedDefined(),
                        new AnnualActualRecorded(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, END_OF_JULY_2020)))
                .when(new CorrectAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.valueOf(2), null, REASON, null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2020, SUPPORT_BASES, BigDecimal.valueOf(2), null,
                        BigDecimal.ONE, null, null, END_OF_JULY_2020));
    }

    @Test
    void a_correction_changing_nothing_with_the_same_date_is_refused() {
        fixture().given(history(seedDefined(),
                        new AnnualActualRecorded(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, END_OF_JULY_2020)))
                .when(new CorrectAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, END_OF_JULY_2020,
                        REASON, null))
                .expectNoEvents()
                .expectException(invalidField("value"));
    }

    @Test
    void a_correction_of_an_activity_indicator_actual_keeps_the_date_it_replaces() {
        fixture().given(history(seedDefined(), emergencyStaysDefined(),
                        new ActivityActualRecorded(SHEET, FY2020, EMERGENCY_STAYS, BigDecimal.TEN, null, END_OF_JULY_2020)))
                .when(new CorrectAnnualActual(SHEET, FY2020, EMERGENCY_STAYS, BigDecimal.TEN, "7月末", END_OF_JULY_2020,
                        REASON, null))
                .expectEvents(new ActivityActualCorrected(SHEET, FY2020, EMERGENCY_STAYS, BigDecimal.TEN, "7月末",
                        BigDecimal.TEN, null, END_OF_JULY_2020, END_OF_JULY_2020));
    }

    @Test
    void a_correction_to_a_date_outside_the_year_is_refused_naming_as_of() {
        fixture().given(history(seedDefined(), actualRecorded(FY2020, 1)))
                .when(new CorrectAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null,
                        LocalDate.of(2019, 3, 31), REASON, null))
                .expectNoEvents()
                .expectException(invalidField("asOf"));
    }
}
