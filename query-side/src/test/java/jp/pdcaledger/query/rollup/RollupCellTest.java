package jp.pdcaledger.query.rollup;

import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.SheetStream;
import jp.pdcaledger.query.sheetview.SheetFold;
import jp.pdcaledger.query.sheetview.SheetView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static jp.pdcaledger.query.SheetEvents.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What one sheet adds to the roll-up of a measure in each fiscal year of its period. */
class RollupCellTest {

    private static TargetDefined classified(String key, String value, Direction direction, boolean cumulative,
                                            String baseline, GuidelineMeasure measure) {
        return new TargetDefined(SHEET, TargetKey.of(key), "目標 " + key, TargetKind.NUMERIC, "人",
                baseline == null ? null : baseline(baseline, 2019), number(value), FiscalYear.of(2023), direction,
                cumulative, null, null, measure);
    }

    private static SheetView fold(SheetStream stream) {
        return SheetFold.of(stream.events());
    }

    @Test
    void a_cumulative_target_adds_its_running_total_and_a_year_without_a_report_adds_no_actual() {
        SheetView view = fold(SheetStream.of(registered(2021, 2023),
                classified("moved", "30", Direction.INCREASE, true, "500", GuidelineMeasure.COMMUNITY_TRANSITION),
                actual(2021, "moved", "10"), actual(2022, "moved", "25")));

        List<RollupCell> cells = RollupCell.of(view);

        assertThat(cells).extracting(RollupCell::fiscalYear).containsExactly(2021, 2022, 2023);
        assertThat(cells.get(1).actualSum()).isEqualByComparingTo("35");
        assertThat(cells.get(1).metTargets()).as("35 reached 30").isEqualTo(1);
        assertThat(cells.get(0).metTargets()).isZero();
        assertThat(cells.get(2).reportedTargets()).as("FY2023 not reported").isZero();
        assertThat(cells.get(2).actualSum()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(cells.get(2).baselineSum()).isEqualByComparingTo("500");
        assertThat(cells.get(2).baselineReportedSum()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void targets_of_one_measure_are_summed_and_unclassified_or_goalless_targets_add_nothing() {
        SheetView view = fold(SheetStream.of(registered(2021, 2023),
                classified("a", "1600", Direction.DECREASE, false, "1630", GuidelineMeasure.FACILITY_RESIDENTS_REDUCTION),
                classified("b", "400", Direction.DECREASE, false, null, GuidelineMeasure.FACILITY_RESIDENTS_REDUCTION),
                numericTarget("unclassified", "5", 2023, Direction.INCREASE, null),
                targetWithoutGoal("reference", TargetKind.REFERENCE),
                actual(2021, "a", "1590"), actual(2021, "b", "410"), actual(2021, "unclassified", "5")));

        RollupCell first = RollupCell.of(view).get(0);

        assertThat(first.measure()).isEqualTo(GuidelineMeasure.FACILITY_RESIDENTS_REDUCTION);
        assertThat(first.targets()).isEqualTo(2);
        assertThat(first.reportedTargets()).isEqualTo(2);
        assertThat(first.metTargets()).as("1,590 ≤ 1,600; 410 > 400").isEqualTo(1);
        assertThat(first.targetSum()).isEqualByComparingTo("2000");
        assertThat(first.actualSum()).isEqualByComparingTo("2000");
        assertThat(first.baselineTargetSum()).as("only the target with a baseline").isEqualByComparingTo("1600");
        assertThat(first.baselineActualSum()).isEqualByComparingTo("1590");
        assertThat(RollupCell.of(view)).hasSize(3);
    }

    @Test
    void a_prefectures_own_sheet_is_not_a_municipalitys() {
        SheetView kanagawa = fold(SheetStream.of(new SheetRegistered(SHEET,
                        new Municipality(MunicipalityCode.of("140007"), "神奈川県"), List.of("神奈川県障がい福祉計画"),
                        new PlanPeriod(FiscalYear.of(2021), FiscalYear.of(2023)), null, null,
                        new OutcomeTarget(1, "施設入所者の地域生活への移行")),
                classified("moved", "330", Direction.INCREASE, false, "4818", GuidelineMeasure.COMMUNITY_TRANSITION)));
        SheetView yokohama = fold(SheetStream.of(registered(2021, 2023)));

        assertThat(RollupRepository.municipal(kanagawa)).isFalse();
        assertThat(RollupRepository.municipal(yokohama)).isTrue();
    }
}
