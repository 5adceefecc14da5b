package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.event.ActivityActualCorrected;
import jp.pdcaledger.kernel.event.ActivityActualRecorded;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.sheet.TargetKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

class CorrectingActualsTest {

    private static final String REASON = "集計の誤りを訂正";

    @Test
    void a_correction_emits_annual_actual_corrected_with_the_previous_value_and_note() {
        fixture().given(history(seedDefined(),
                        new AnnualActualRecorded(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ZERO, "3月末時点")))
                .when(new CorrectAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ONE, "面的な体制", REASON, null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ONE, "面的な体制",
                        BigDecimal.ZERO, "3月末時点"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void a_correction_names_the_last_correction_as_what_it_replaces() {
        fixture().given(history(seedDefined(), actualRecorded(FY2019, 0),
                        new AnnualActualCorrected(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ONE, null, BigDecimal.ZERO, null)))
                .when(new CorrectAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.valueOf(2), null, REASON, null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2019, SUPPORT_BASES, BigDecimal.valueOf(2), null,
                        BigDecimal.ONE, null));
    }

    @Test
    void a_correction_of_the_note_alone_is_accepted() {
        fixture().given(history(seedDefined(), actualRecorded(FY2019, 0)))
                .when(new CorrectAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ZERO, "整備に向け検討中", REASON, null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ZERO, "整備に向け検討中",
                        BigDecimal.ZERO, null));
    }

    @Test
    void a_year_reported_as_not_available_is_corrected_to_a_value_naming_the_null_it_replaces() {
        fixture().given(history(seedDefined(), new AnnualActualRecorded(SHEET, FY2019, SUPPORT_BASES, null, "無し")))
                .when(new CorrectAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ZERO, null, REASON, null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ZERO, null,
                        null, "無し"));
    }

    @Test
    void a_correction_of_an_activity_indicator_actual_emits_activity_actual_corrected() {
        fixture().given(history(seedDefined(), emergencyStaysDefined(),
                        new ActivityActualRecorded(SHEET, FY2019, EMERGENCY_STAYS, BigDecimal.valueOf(8), null)))
                .when(new CorrectAnnualActual(SHEET, FY2019, EMERGENCY_STAYS, BigDecimal.valueOf(9), null, REASON, null))
                .expectEvents(new ActivityActualCorrected(SHEET, FY2019, EMERGENCY_STAYS, BigDecimal.valueOf(9), null,
                        BigDecimal.valueOf(8), null));
    }

    @Test
    void a_correction_is_accepted_after_the_council_has_spoken_while_the_year_is_open() {
        fixture().given(history(seedDefined(), heardYear(FY2019)))
                .when(new CorrectAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ONE, null, REASON, null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ONE, null,
                        BigDecimal.ZERO, null));
    }

    @Test
    void a_correction_without_a_reason_is_refused_naming_the_reason() {
        fixture().given(history(seedDefined(), actualRecorded(FY2019, 0)))
                .when(new CorrectAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ONE, null, " ", null))
                .expectNoEvents()
                .expectException(invalidField("reason"));
    }

    @Test
    void a_correction_of_an_actual_never_recorded_is_refused_naming_record_annual_actual() {
        fixture().given(history(seedDefined(), actualRecorded(FY2018, 0)))
                .when(new CorrectAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.ONE, null, REASON, null))
                .expectNoEvents()
                .expectException(missingStep("RecordAnnualActual"));
    }

    @Test
    void a_correction_to_the_same_value_and_note_is_refused_naming_the_value() {
        fixture().given(history(seedDefined(), actualRecorded(FY2019, 0)))
                .when(new CorrectAnnualActual(SHEET, FY2019, SUPPORT_BASES, new BigDecimal("0.0"), null, REASON, null))
                .expectNoEvents()
                .expectException(invalidField("value"));
    }

    @Test
    void a_correction_to_a_negative_value_is_refused_naming_the_value() {
        fixture().given(history(seedDefined(), actualRecorded(FY2019, 0)))
                .when(new CorrectAnnualActual(SHEET, FY2019, SUPPORT_BASES, BigDecimal.valueOf(-1), null, REASON, null))
                .expectNoEvents()
                .expectException(invalidField("value"));
    }

    @Test
    void a_correction_of_an_unknown_key_is_refused_naming_the_key() {
        fixture().given(history(seedDefined(), actualRecorded(FY2019, 0)))
                .when(new CorrectAnnualActual(SHEET, FY2019, TargetKey.of("no-such-target"), BigDecimal.ONE, null,
                        REASON, null))
                .expectNoEvents()
                .expectException(invalidField("key"));
    }

    @Test
    void a_correction_of_a_year_outside_the_period_is_refused_naming_the_fiscal_year() {
        fixture().given(history(seedDefined(), actualRecorded(FY2019, 0)))
                .when(new CorrectAnnualActual(SHEET, FY2021, SUPPORT_BASES, BigDecimal.ONE, null, REASON, null))
                .expectNoEvents()
                .expectException(invalidField("fiscalYear"));
    }
}
