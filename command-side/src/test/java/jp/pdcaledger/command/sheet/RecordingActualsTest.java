package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.event.ActivityActualRecorded;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TextLimits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

class RecordingActualsTest {

    @Test
    void an_actual_of_a_begun_fiscal_year_is_recorded_and_answers_the_new_version() {
        fixture().given(seedRegistered(), supportBasesDefined())
                .when(new RecordAnnualActual(SHEET, FY2018, SUPPORT_BASES, BigDecimal.ZERO, null, null))
                .expectEvents(actualRecorded(FY2018, 0))
                .expectResultMessagePayload(2L);
    }

    @Test
    void an_actual_keeps_its_decimals_and_its_note() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2018, SUPPORT_BASES, new BigDecimal("78.9"), "91人(7%)", null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2018, SUPPORT_BASES, new BigDecimal("78.9"), "91人(7%)"));
    }

    @Test
    void an_actual_of_a_target_without_a_numeric_goal_is_recorded() {
        fixture().given(seedRegistered(), coordinatorsDefined())
                .when(new RecordAnnualActual(SHEET, FY2020, COORDINATORS, BigDecimal.ONE, null, null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2020, COORDINATORS, BigDecimal.ONE, null));
    }

    @Test
    void an_activity_indicator_actual_emits_activity_actual_recorded() {
        fixture().given(history(seedDefined(), emergencyStaysDefined()))
                .when(new RecordAnnualActual(SHEET, FY2019, EMERGENCY_STAYS, BigDecimal.valueOf(8), "月平均", null))
                .expectEvents(new ActivityActualRecorded(SHEET, FY2019, EMERGENCY_STAYS, BigDecimal.valueOf(8), "月平均"));
    }

    @Test
    void an_actual_of_a_fiscal_year_outside_the_period_is_refused_naming_the_fiscal_year() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2021, SUPPORT_BASES, BigDecimal.ONE, null, null))
                .expectNoEvents()
                .expectException(invalidField("fiscalYear"));
    }

    @Test
    void an_actual_of_an_unknown_key_is_refused_naming_the_key() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2018, TargetKey.of("no-such-target"), BigDecimal.ONE, null, null))
                .expectNoEvents()
                .expectException(invalidField("key"));
    }

    @Test
    void a_negative_actual_is_refused_naming_the_value() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2018, SUPPORT_BASES, BigDecimal.valueOf(-1), null, null))
                .expectNoEvents()
                .expectException(invalidField("value"));
    }

    @Test
    void a_note_over_its_limit_is_refused_naming_the_note() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2018, SUPPORT_BASES, BigDecimal.ZERO,
                        "注".repeat(TextLimits.NOTE + 1), null))
                .expectNoEvents()
                .expectException(invalidField("note"));
    }

    @Test
    void a_year_reported_as_not_available_is_recorded_as_null_not_zero() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2018, SUPPORT_BASES, null, "無し", null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2018, SUPPORT_BASES, null, "無し"));
    }

    @Test
    void a_second_actual_of_the_same_key_and_year_is_refused_as_already_taken() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new RecordAnnualActual(SHEET, FY2018, SUPPORT_BASES, BigDecimal.ONE, null, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void the_same_key_is_recorded_once_in_each_fiscal_year() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new RecordAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ZERO, null, null))
                .expectEvents(actualRecorded(FY2019, 0));
    }

    @Test
    void an_actual_of_a_fiscal_year_not_yet_begun_is_refused_naming_the_fiscal_year_start() {
        fixture().given(eighthPeriodRegistered(), supportBasesDefined())
                .when(new RecordAnnualActual(SHEET, FY2027, SUPPORT_BASES, BigDecimal.ZERO, null, null))
                .expectNoEvents()
                .expectException(missingStep("FiscalYearStart"));
    }

    @Test
    void a_fiscal_year_has_not_begun_one_second_before_1_april_in_japan() {
        fixtureAt(Instant.parse("2027-03-31T14:59:59Z"))
                .given(eighthPeriodRegistered(), supportBasesDefined())
                .when(new RecordAnnualActual(SHEET, FY2027, SUPPORT_BASES, BigDecimal.ZERO, null, null))
                .expectNoEvents()
                .expectException(missingStep("FiscalYearStart"));
    }

    @Test
    void a_fiscal_year_begins_at_midnight_of_1_april_in_japan_whatever_the_servers_zone() {
        fixtureAt(Instant.parse("2027-03-31T15:00:00Z"))
                .given(eighthPeriodRegistered(), supportBasesDefined())
                .when(new RecordAnnualActual(SHEET, FY2027, SUPPORT_BASES, BigDecimal.ZERO, null, null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2027, SUPPORT_BASES, BigDecimal.ZERO, null));
    }

    @Test
    void an_actual_of_a_closed_year_is_refused_naming_reopen_review() {
        fixture().given(history(seedDefined(), coordinatorsDefined(), closedYear(FY2018)))
                .when(new RecordAnnualActual(SHEET, FY2018, COORDINATORS, BigDecimal.ONE, null, null))
                .expectNoEvents()
                .expectException(missingStep("ReopenReview"));
    }

    @Test
    void an_evaluation_before_any_actual_names_the_missing_step() {
        fixture().given(seedRegistered(), supportBasesDefined())
                .when(new SubmitEvaluation(SHEET, FY2018, "評価", null))
                .expectNoEvents()
                .expectException(missingStep("RecordAnnualActual"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("RecordAnnualActual"));
    }

    @Test
    void a_second_year_evaluation_is_not_blocked_by_the_first() {
        fixture().given(seedRegistered(), supportBasesDefined(), actualRecorded(FY2018, 0), evaluationSubmitted(FY2018),
                        actualRecorded(FY2019, 0))
                .when(new SubmitEvaluation(SHEET, FY2019, "評価の本文", null))
                .expectEvents(evaluationSubmitted(FY2019));
    }

    @Test
    void registering_answers_the_sheet_id() {
        fixture().givenNoPriorActivity()
                .when(registerSeed())
                .expectEvents(seedRegistered())
                .expectResultMessagePayload(SHEET);
    }
}
