package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.DefineTarget;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

/**
 * Targets stated in words (QUALITATIVE, issue 21): the goal in words and each year a status with the date it was
 * achieved, recorded and corrected like a numeric actual; a value on it, or a status on any other target, is refused.
 */
class QualitativeTargetsTest {

    private static final TargetKey COUNCIL = TargetKey.of("council");
    private static final LocalDate APRIL_2020 = LocalDate.of(2020, 4, 1);

    private static DefineTarget defineCouncil() {
        return new DefineTarget(SHEET, COUNCIL, "協議の場の設置", TargetKind.QUALITATIVE, null, null, null, FY2020, null,
                false, null, null, "協議の場を設置する", null);
    }

    private static TargetDefined councilDefined() {
        return new TargetDefined(SHEET, COUNCIL, "協議の場の設置", TargetKind.QUALITATIVE, null, null, null, FY2020, null,
                false, null, null, "協議の場を設置する");
    }

    private static RecordAnnualActual status(QualitativeStatus status, LocalDate achievedOn, BigDecimal value) {
        return new RecordAnnualActual(SHEET, FY2020, COUNCIL, value, null, null, false, status, achievedOn, null);
    }

    @Test
    void a_target_stated_in_words_is_defined_with_its_goal_text_and_maybe_a_deadline() {
        fixture().given(seedDefined())
                .when(defineCouncil())
                .expectEvents(councilDefined());
    }

    @Test
    void a_target_stated_in_words_takes_no_unit_and_needs_its_goal_text() {
        fixture().given(seedDefined())
                .when(new DefineTarget(SHEET, COUNCIL, "協議の場の設置", TargetKind.QUALITATIVE, "箇所", null, null, null,
                        null, false, null, null, "協議の場を設置する", null))
                .expectNoEvents()
                .expectException(invalidField("unit"));
        fixture().given(seedDefined())
                .when(new DefineTarget(SHEET, COUNCIL, "協議の場の設置", TargetKind.QUALITATIVE, null, null, null, null,
                        null, false, null, null, (String) null, null))
                .expectNoEvents()
                .expectException(invalidField("goalText"));
    }

    @Test
    void a_status_is_recorded_with_the_date_it_was_achieved_and_no_value() {
        fixture().given(history(seedDefined(), councilDefined()))
                .when(status(QualitativeStatus.ACHIEVED, APRIL_2020, null))
                .expectEvents(new AnnualActualRecorded(SHEET, FY2020, COUNCIL, null, null, null, null,
                        QualitativeStatus.ACHIEVED, APRIL_2020));
    }

    @Test
    void a_value_no_status_or_a_date_without_achieved_is_refused_naming_the_field() {
        fixture().given(history(seedDefined(), councilDefined()))
                .when(status(QualitativeStatus.ACHIEVED, null, BigDecimal.ONE))
                .expectNoEvents().expectException(invalidField("value"));
        fixture().given(history(seedDefined(), councilDefined()))
                .when(status(null, null, null))
                .expectNoEvents().expectException(invalidField("status"));
        fixture().given(history(seedDefined(), councilDefined()))
                .when(status(QualitativeStatus.IN_PROGRESS, APRIL_2020, null))
                .expectNoEvents().expectException(invalidField("achievedOn"));
    }

    @Test
    void a_status_on_a_numeric_target_is_refused_naming_status() {
        fixture().given(seedDefined())
                .when(new RecordAnnualActual(SHEET, FY2020, SUPPORT_BASES, BigDecimal.ONE, null, null, false,
                        QualitativeStatus.ACHIEVED, null, null))
                .expectNoEvents()
                .expectException(invalidField("status"));
    }

    @Test
    void a_correction_keeps_the_status_it_replaces() {
        fixture().given(history(seedDefined(), councilDefined(), new AnnualActualRecorded(SHEET, FY2020, COUNCIL, null,
                        null, null, null, QualitativeStatus.IN_PROGRESS, null)))
                .when(new CorrectAnnualActual(SHEET, FY2020, COUNCIL, null, null, null, QualitativeStatus.ACHIEVED,
                        APRIL_2020, "設置済みだった", null))
                .expectEvents(new AnnualActualCorrected(SHEET, FY2020, COUNCIL, null, null, null, null, null, null,
                        QualitativeStatus.ACHIEVED, APRIL_2020, QualitativeStatus.IN_PROGRESS, null));
    }
}
