package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.ConfirmAnnualActual;
import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.event.AnnualActualConfirmed;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

/**
 * Provisional actuals (見込み, 推計; issue 21): an actual may be recorded as an estimate, and its final figure replaces
 * it as a confirmation that keeps the estimate it replaces.
 */
class EstimatedActualsTest {

    private static final BigDecimal ESTIMATE = BigDecimal.valueOf(136);
    private static final BigDecimal FINAL = BigDecimal.valueOf(131);
    private static final LocalDate END_OF_JULY_2021 = LocalDate.of(2021, 7, 31);

    private static AnnualActualRecorded estimateRecorded() {
        return new AnnualActualRecorded(SHEET, FY2020, SUPPORT_BASES, ESTIMATE, "推計", null, true);
    }

    @Test
    void an_actual_recorded_as_an_estimate_says_so_in_its_event() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2020, SUPPORT_BASES, ESTIMATE, "推計", null, true, null))
                .expectEvents(estimateRecorded());
    }

    @Test
    void a_final_figure_is_recorded_as_every_actual_was_before() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2020, SUPPORT_BASES, ESTIMATE, null, null, false, null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2020, SUPPORT_BASES, ESTIMATE, null));
    }

    @Test
    void the_final_figure_confirms_the_estimate_with_a_different_value_and_keeps_the_estimate() {
        fixture().given(history(seedDefined(), estimateRecorded()))
                .when(new ConfirmAnnualActual(SHEET, FY2020, SUPPORT_BASES, FINAL, "確定値", END_OF_JULY_2021, null))
                .expectEvents(new AnnualActualConfirmed(SHEET, FY2020, SUPPORT_BASES, FINAL, "確定値",
                        END_OF_JULY_2021, ESTIMATE, "推計", null));
    }

    @Test
    void the_final_figure_comes_after_the_year_is_closed_and_leaves_it_closed() {
        fixture().given(history(seedDefined(), estimateRecorded(), evaluationSubmitted(FY2020), opinionAdded(FY2020),
                        improvementPlanned(FY2020), reviewClosed(FY2020)))
                .when(new ConfirmAnnualActual(SHEET, FY2020, SUPPORT_BASES, FINAL, null, null, null))
                .expectEvents(new AnnualActualConfirmed(SHEET, FY2020, SUPPORT_BASES, FINAL, null, null, ESTIMATE,
                        "推計", null));
    }

    @Test
    void confirming_a_final_figure_is_refused_as_a_step_already_taken() {
        fixture().given(history(seedDefined(), actualRecorded(FY2020, 1)))
                .when(new ConfirmAnnualActual(SHEET, FY2020, SUPPORT_BASES, FINAL, null, null, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void confirming_twice_is_refused_the_confirmed_figure_is_final() {
        fixture().given(history(seedDefined(), estimateRecorded(),
                        new AnnualActualConfirmed(SHEET, FY2020, SUPPORT_BASES, FINAL, null, null, ESTIMATE, "推計", null)))
                .when(new ConfirmAnnualActual(SHEET, FY2020, SUPPORT_BASES, FINAL, null, null, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void confirming_an_actual_not_recorded_names_the_step_to_take_first() {
        fixture().given(seedDefined())
                .when(new ConfirmAnnualActual(SHEET, FY2020, SUPPORT_BASES, FINAL, null, null, null))
                .expectNoEvents()
                .expectException(missingStep("RecordAnnualActual"));
    }

    @Test
    void a_corrected_estimate_is_still_an_estimate_waiting_for_its_final_figure() {
        fixture().given(history(seedDefined(), estimateRecorded(), new AnnualActualCorrected(SHEET, FY2020,
                        SUPPORT_BASES, BigDecimal.valueOf(140), "推計", ESTIMATE, "推計")))
                .when(new ConfirmAnnualActual(SHEET, FY2020, SUPPORT_BASES, FINAL, null, null, null))
                .expectEvents(new AnnualActualConfirmed(SHEET, FY2020, SUPPORT_BASES, FINAL, null, null,
                        BigDecimal.valueOf(140), "推計", null));
    }

    @Test
    void a_confirmation_to_a_date_outside_the_year_is_refused_naming_as_of() {
        fixture().given(history(seedDefined(), estimateRecorded()))
                .when(new ConfirmAnnualActual(SHEET, FY2020, SUPPORT_BASES, FINAL, null, LocalDate.of(2019, 3, 31), null))
                .expectNoEvents()
                .expectException(invalidField("asOf"));
    }

    @Test
    void an_activity_indicator_actual_cannot_be_an_estimate_yet_naming_estimated() {
        fixture().given(history(seedDefined(), emergencyStaysDefined()))
                .when(new RecordAnnualActual(SHEET, FY2020, EMERGENCY_STAYS, BigDecimal.TEN, null, null, true, null))
                .expectNoEvents()
                .expectException(invalidField("estimated"));
    }

    @Test
    void an_estimate_without_a_value_is_refused_naming_estimated() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2020, SUPPORT_BASES, null, "無し", null, true, null))
                .expectNoEvents()
                .expectException(invalidField("estimated"));
    }

    @Test
    void a_correction_of_an_estimate_does_not_make_it_final() {
        fixture().given(history(seedDefined(), estimateRecorded()))
                .when(new CorrectAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.valueOf(140), "推計",
                        "集計誤り", null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2020, SUPPORT_BASES, BigDecimal.valueOf(140), "推計",
                        ESTIMATE, "推計"));
    }
}
