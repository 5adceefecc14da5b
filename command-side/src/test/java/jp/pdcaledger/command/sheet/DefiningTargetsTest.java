package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.command.DefineActivityIndicator;
import jp.pdcaledger.kernel.command.DefineTarget;
import jp.pdcaledger.kernel.event.ActivityIndicatorDefined;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static jp.pdcaledger.command.sheet.SheetFixtures.*;

class DefiningTargetsTest {

    private static final TargetKey RESIDENTS = TargetKey.of("facility-residents");
    private static final TargetKey REFERENCE_ROW = TargetKey.of("reference-row");

    @Test
    void a_numeric_target_is_defined_and_answers_the_new_version() {
        fixture().given(seedRegistered())
                .when(defineSupportBases())
                .expectEvents(supportBasesDefined())
                .expectResultMessagePayload(1L);
    }

    @Test
    void a_decreasing_numeric_target_keeps_its_baseline_from_before_the_period_and_its_decimals() {
        fixture().given(seedRegistered())
                .when(residents(new BigDecimal("4825.0"), FY2020, Direction.DECREASE, "人"))
                .expectEvents(new TargetDefined(SHEET, RESIDENTS, "施設入所者数", TargetKind.NUMERIC, "人",
                        new Baseline(BigDecimal.valueOf(4899), FiscalYear.of(2016)), new BigDecimal("4825.0"), FY2020,
                        Direction.DECREASE, false, null, null));
    }

    @Test
    void a_target_without_a_numeric_goal_is_defined_without_value_or_deadline() {
        fixture().given(seedRegistered())
                .when(new DefineTarget(SHEET, COORDINATORS, "コーディネーターの配置", TargetKind.NO_NUMERIC_TARGET, "人",
                        null, null, null, null, false, null, null, null))
                .expectEvents(coordinatorsDefined());
    }

    @Test
    void a_reference_row_is_defined_without_value_or_deadline() {
        fixture().given(seedRegistered())
                .when(new DefineTarget(SHEET, REFERENCE_ROW, "（参考）相談支援事業所数", TargetKind.REFERENCE, "箇所",
                        null, null, null, null, false, "(参考)", null, null))
                .expectEvents(new TargetDefined(SHEET, REFERENCE_ROW, "（参考）相談支援事業所数", TargetKind.REFERENCE,
                        "箇所", null, null, null, null, false, "(参考)", null));
    }

    @Test
    void a_numeric_target_without_a_unit_is_refused_naming_the_unit() {
        fixture().given(seedRegistered())
                .when(residents(BigDecimal.valueOf(4825), FY2020, Direction.DECREASE, null))
                .expectNoEvents()
                .expectException(invalidField("unit"));
    }

    @Test
    void a_numeric_target_without_a_value_is_refused_naming_the_target_value() {
        fixture().given(seedRegistered())
                .when(residents(null, FY2020, Direction.DECREASE, "人"))
                .expectNoEvents()
                .expectException(invalidField("targetValue"));
    }

    @Test
    void a_numeric_target_without_a_deadline_is_refused_naming_the_deadline() {
        fixture().given(seedRegistered())
                .when(residents(BigDecimal.valueOf(4825), null, Direction.DECREASE, "人"))
                .expectNoEvents()
                .expectException(invalidField("deadlineFiscalYear"));
    }

    @Test
    void a_numeric_target_without_a_direction_is_refused_naming_the_direction() {
        fixture().given(seedRegistered())
                .when(residents(BigDecimal.valueOf(4825), FY2020, null, "人"))
                .expectNoEvents()
                .expectException(invalidField("direction"));
    }

    @Test
    void a_target_without_a_numeric_goal_given_a_target_value_is_refused_naming_the_target_value() {
        fixture().given(seedRegistered())
                .when(new DefineTarget(SHEET, COORDINATORS, "コーディネーターの配置", TargetKind.NO_NUMERIC_TARGET, "人",
                        null, BigDecimal.ONE, null, null, false, null, null, null))
                .expectNoEvents()
                .expectException(invalidField("targetValue"));
    }

    @Test
    void a_negative_target_value_is_refused_naming_the_target_value() {
        fixture().given(seedRegistered())
                .when(residents(BigDecimal.valueOf(-1), FY2020, Direction.DECREASE, "人"))
                .expectNoEvents()
                .expectException(invalidField("targetValue"));
    }

    @Test
    void a_target_with_the_key_of_another_target_is_refused_as_already_taken() {
        fixture().given(seedDefined())
                .when(defineSupportBases())
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void a_target_with_the_key_of_an_activity_indicator_is_refused_as_already_taken() {
        fixture().given(seedRegistered(), emergencyStaysDefined())
                .when(new DefineTarget(SHEET, EMERGENCY_STAYS, "緊急時の受入れ", TargetKind.REFERENCE, "件",
                        null, null, null, null, false, null, null, null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void an_activity_indicator_with_the_key_of_a_target_is_refused_as_already_taken() {
        fixture().given(seedDefined())
                .when(new DefineActivityIndicator(SHEET, SUPPORT_BASES, "緊急時の受入れ", "件/年", List.of(), null))
                .expectNoEvents()
                .expectException(alreadyTaken());
    }

    @Test
    void an_activity_indicator_is_defined_with_its_planned_values() {
        ActivityIndicatorDefined expected = emergencyStaysDefined();
        fixture().given(seedRegistered())
                .when(new DefineActivityIndicator(SHEET, EMERGENCY_STAYS, expected.name(), expected.unit(),
                        expected.planned(), null))
                .expectEvents(expected)
                .expectResultMessagePayload(1L);
    }

    @Test
    void an_activity_indicator_planned_for_a_year_outside_the_period_is_refused_naming_that_planned_year() {
        fixture().given(seedRegistered())
                .when(new DefineActivityIndicator(SHEET, EMERGENCY_STAYS, "緊急時の受入れ", "件/年",
                        List.of(new PlannedValue(FY2021, BigDecimal.TEN)), null))
                .expectNoEvents()
                .expectException(invalidField("planned[0].fiscalYear"));
    }

    @Test
    void an_activity_indicator_planned_twice_for_one_year_is_refused_naming_the_repeated_year() {
        fixture().given(seedRegistered())
                .when(new DefineActivityIndicator(SHEET, EMERGENCY_STAYS, "緊急時の受入れ", "件/年",
                        List.of(new PlannedValue(FY2018, BigDecimal.TEN), new PlannedValue(FY2018, BigDecimal.ONE)), null))
                .expectNoEvents()
                .expectException(invalidField("planned[1].fiscalYear"));
    }

    @Test
    void an_activity_indicator_with_a_negative_planned_value_is_refused_naming_that_value() {
        fixture().given(seedRegistered())
                .when(new DefineActivityIndicator(SHEET, EMERGENCY_STAYS, "緊急時の受入れ", "件/年",
                        List.of(new PlannedValue(FY2018, BigDecimal.valueOf(-3))), null))
                .expectNoEvents()
                .expectException(invalidField("planned[0].value"));
    }

    /** A decreasing target of the kind real sheets carry: residents of facilities, baseline FY2016. */
    private static DefineTarget residents(BigDecimal value, FiscalYear deadline, Direction direction, String unit) {
        return new DefineTarget(SHEET, RESIDENTS, "施設入所者数", TargetKind.NUMERIC, unit,
                new Baseline(BigDecimal.valueOf(4899), FiscalYear.of(2016)), value, deadline, direction, false,
                null, null, null);
    }
}
