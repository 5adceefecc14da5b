package jp.pdcaledger.query.dashboard;

import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.ImportedSheet;
import jp.pdcaledger.query.SheetStream;
import jp.pdcaledger.query.dashboard.Achievement.Status;
import jp.pdcaledger.query.dashboard.Achievement.YearActual;
import jp.pdcaledger.query.sheetview.SheetView;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;

import static jp.pdcaledger.query.SheetEvents.SUPPORT_BASES;
import static jp.pdcaledger.query.SheetEvents.actual;
import static jp.pdcaledger.query.SheetEvents.baseline;
import static jp.pdcaledger.query.SheetEvents.cumulativeTarget;
import static jp.pdcaledger.query.SheetEvents.numericTarget;
import static jp.pdcaledger.query.SheetEvents.registered;
import static jp.pdcaledger.query.SheetEvents.supportBases;
import static jp.pdcaledger.query.SheetEvents.targetRevised;
import static jp.pdcaledger.query.SheetEvents.targetWithoutGoal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What a dashboard shows for a target (DOMAIN.md, "Achievement"), given a sheet's events. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AchievementTest {

    private static final String TARGET = "residents";

    @Test
    void the_seed_with_actuals_0_0_1_reaches_its_one_support_base_in_FY2020() {
        Achievement achievement = achievementOf(ImportedSheet.seed(), SUPPORT_BASES);

        assertThat(achievement.latestFiscalYear()).isEqualTo(2020);
        assertThat(achievement.latestActual()).isEqualByComparingTo("1");
        assertThat(achievement.ratio()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(achievement.percent()).isEqualTo(new BigDecimal("100.0"));
        assertThat(achievement.status()).isEqualTo(Status.ACHIEVED);
        assertThat(achievement.achievedInFiscalYear()).isEqualTo(2020);
        assertThat(achievement.actuals()).extracting(YearActual::fiscalYear, YearActual::label)
                .containsExactly(tuple(2018, "H30"), tuple(2019, "R1"), tuple(2020, "R2"));
        assertThat(achievement.actuals()).extracting(YearActual::reported)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Test
    void a_decreasing_target_from_baseline_4899_to_4825_with_4745_residents_is_208_1_percent_and_never_capped() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "4825", 2020, Direction.DECREASE, baseline("4899", 2016)),
                actual(2018, TARGET, "4745")));

        assertThat(achievement.ratio()).isEqualTo(new BigDecimal("2.0811"));
        assertThat(achievement.percent()).isEqualTo(new BigDecimal("208.1"));
        assertThat(achievement.status()).isEqualTo(Status.ACHIEVED);
        assertThat(achievement.achievedInFiscalYear()).isEqualTo(2018);
    }

    @Test
    void a_decreasing_target_not_yet_down_to_its_goal_is_measured_from_the_baseline_and_not_yet_achieved() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "4825", 2020, Direction.DECREASE, baseline("4899", 2016)),
                actual(2018, TARGET, "4870")));

        assertThat(achievement.percent()).isEqualTo(new BigDecimal("39.2"));
        assertThat(achievement.status()).isEqualTo(Status.NOT_YET);
        assertThat(achievement.achievedInFiscalYear()).isNull();
    }

    @Test
    void without_a_baseline_175_of_470_people_moved_is_37_2_percent_and_not_yet_achieved() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "470", 2020, Direction.INCREASE, null),
                actual(2018, TARGET, "175")));

        assertThat(achievement.ratio()).isEqualTo(new BigDecimal("0.3723"));
        assertThat(achievement.percent()).isEqualTo(new BigDecimal("37.2"));
        assertThat(achievement.status()).isEqualTo(Status.NOT_YET);
        assertThat(achievement.achievedInFiscalYear()).isNull();
    }

    @Test
    void the_percent_is_rounded_once_from_the_exact_ratio() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "22", 2020, Direction.INCREASE, null),
                actual(2018, TARGET, "1")));

        // 1 / 22 = 4.5454… %: rounding the ratio to 0.0455 first would show 4.6
        assertThat(achievement.percent()).isEqualTo(new BigDecimal("4.5"));
        assertThat(achievement.ratio()).isEqualTo(new BigDecimal("0.0455"));
    }

    @Test
    void a_cumulative_target_reported_100_then_120_then_not_yet_is_measured_as_the_running_total_220_in_FY2019() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                cumulativeTarget(TARGET, "300", 2020),
                actual(2018, TARGET, "100"), actual(2019, TARGET, "120"), actual(2020, TARGET, null)));

        assertThat(achievement.latestFiscalYear()).isEqualTo(2019);
        assertThat(achievement.latestActual()).isEqualByComparingTo("220");
        assertThat(achievement.percent()).isEqualTo(new BigDecimal("73.3"));
        assertThat(achievement.status()).isEqualTo(Status.NOT_YET);
        assertThat(achievement.actuals()).extracting(YearActual::fiscalYear, YearActual::reported, YearActual::measured)
                .containsExactly(tuple(2018, new BigDecimal("100"), new BigDecimal("100")),
                        tuple(2019, new BigDecimal("120"), new BigDecimal("220")),
                        tuple(2020, null, null));
    }

    @Test
    void a_cumulative_target_is_achieved_in_the_year_its_running_total_reaches_the_goal() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                cumulativeTarget(TARGET, "300", 2020),
                actual(2018, TARGET, "100"), actual(2019, TARGET, "120"), actual(2020, TARGET, "90")));

        assertThat(achievement.latestActual()).isEqualByComparingTo("310");
        assertThat(achievement.status()).isEqualTo(Status.ACHIEVED);
        assertThat(achievement.achievedInFiscalYear()).isEqualTo(2020);
    }

    @Test
    void a_year_reported_as_not_available_is_not_zero_and_the_latest_actual_is_the_last_year_reported() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "10", 2020, Direction.INCREASE, null),
                actual(2018, TARGET, "3"), actual(2019, TARGET, null)));

        assertThat(achievement.latestFiscalYear()).isEqualTo(2018);
        assertThat(achievement.latestActual()).isEqualByComparingTo("3");
        assertThat(achievement.percent()).isEqualTo(new BigDecimal("30.0"));
        assertThat(achievement.actuals()).extracting(YearActual::reported).containsExactly(new BigDecimal("3"), null, null);
    }

    @Test
    void a_not_available_year_never_counts_as_zero_towards_a_decreasing_target() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "4825", 2020, Direction.DECREASE, baseline("4899", 2016)),
                actual(2018, TARGET, "4870"), actual(2019, TARGET, null)));

        assertThat(achievement.latestFiscalYear()).isEqualTo(2018);
        assertThat(achievement.status()).isEqualTo(Status.NOT_YET);
        assertThat(achievement.achievedInFiscalYear()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = TargetKind.class, names = {"NO_NUMERIC_TARGET", "REFERENCE"})
    void a_target_without_a_numeric_goal_shows_its_latest_actual_and_no_ratio(TargetKind kind) {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                targetWithoutGoal(TARGET, kind), actual(2018, TARGET, "12"), actual(2019, TARGET, "15"),
                actual(2020, TARGET, null)));

        assertThat(achievement.status()).isEqualTo(Status.NO_NUMERIC_TARGET);
        assertThat(achievement.latestFiscalYear()).isEqualTo(2019);
        assertThat(achievement.latestActual()).isEqualByComparingTo("15");
        assertThat(achievement.ratio()).isNull();
        assertThat(achievement.percent()).isNull();
        assertThat(achievement.achievedInFiscalYear()).isNull();
    }

    @Test
    void a_target_equal_to_its_baseline_has_no_ratio_rather_than_a_division_by_zero() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "50", 2020, Direction.MAINTAIN, baseline("50", 2016)),
                actual(2018, TARGET, "48")));

        assertThat(achievement.ratio()).isNull();
        assertThat(achievement.percent()).isNull();
        assertThat(achievement.latestActual()).isEqualByComparingTo("48");
        assertThat(achievement.status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void a_decimal_actual_of_78_9_percent_keeps_its_value() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "100", 2020, Direction.INCREASE, null),
                actual(2018, TARGET, "78.9")));

        assertThat(achievement.latestActual()).isEqualTo(new BigDecimal("78.9"));
        assertThat(achievement.actuals().get(0).reported()).isEqualTo(new BigDecimal("78.9"));
        assertThat(achievement.percent()).isEqualTo(new BigDecimal("78.9"));
        assertThat(achievement.status()).isEqualTo(Status.NOT_YET);
    }

    @Test
    void a_decimal_goal_of_78_9_percent_is_reached_by_79_0_and_not_by_78_8() {
        SheetStream reached = SheetStream.of(registered(),
                numericTarget(TARGET, "78.9", 2020, Direction.INCREASE, null), actual(2018, TARGET, "79.0"));
        SheetStream missed = SheetStream.of(registered(),
                numericTarget(TARGET, "78.9", 2020, Direction.INCREASE, null), actual(2018, TARGET, "78.8"));

        assertThat(achievementOf(reached).status()).isEqualTo(Status.ACHIEVED);
        assertThat(achievementOf(missed).status()).isEqualTo(Status.NOT_YET);
        assertThat(achievementOf(missed).percent()).isEqualTo(new BigDecimal("99.9"));
    }

    @Test
    void a_maintained_level_is_achieved_while_within_the_target_and_not_when_above_it() {
        SheetStream within = SheetStream.of(registered(),
                numericTarget(TARGET, "100", 2020, Direction.MAINTAIN, null), actual(2018, TARGET, "98"));
        SheetStream above = SheetStream.of(registered(),
                numericTarget(TARGET, "100", 2020, Direction.MAINTAIN, null), actual(2018, TARGET, "103"));

        assertThat(achievementOf(within).status()).isEqualTo(Status.ACHIEVED);
        assertThat(achievementOf(above).status()).isEqualTo(Status.NOT_YET);
    }

    @Test
    void a_target_with_no_actuals_at_all_is_not_yet_achieved_and_shows_nothing_measured() {
        Achievement achievement = achievementOf(SheetStream.of(registered(), supportBases()), SUPPORT_BASES);

        assertThat(achievement.status()).isEqualTo(Status.NOT_YET);
        assertThat(achievement.latestFiscalYear()).isNull();
        assertThat(achievement.latestActual()).isNull();
        assertThat(achievement.ratio()).isNull();
        assertThat(achievement.percent()).isNull();
        assertThat(achievement.achievedInFiscalYear()).isNull();
        assertThat(achievement.actuals()).extracting(YearActual::fiscalYear, YearActual::reported, YearActual::measured)
                .containsExactly(tuple(2018, null, null), tuple(2019, null, null), tuple(2020, null, null));
    }

    @Test
    void a_revised_target_is_measured_against_the_target_in_force_and_an_earlier_state_against_the_target_then() {
        SheetStream stream = SheetStream.of(registered(),
                numericTarget(SUPPORT_BASES, "2", 2020, Direction.INCREASE, null),
                actual(2018, SUPPORT_BASES, "0"), actual(2019, SUPPORT_BASES, "1"));
        int beforeRevision = stream.size();
        stream.because("国の指針の改正により、令和２年度末までに少なくとも１箇所に再設定",
                targetRevised(SUPPORT_BASES, "2", 2020, "国の指針に基づき設定", "1", 2020, "国の指針の改正に基づき再設定"));

        Achievement now = achievementOf(stream, SUPPORT_BASES);
        Achievement then = achievement(stream.foldFirst(beforeRevision), SUPPORT_BASES);

        assertThat(now.ratio()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(now.status()).isEqualTo(Status.ACHIEVED);
        assertThat(now.achievedInFiscalYear()).isEqualTo(2019);
        assertThat(then.percent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(then.status()).isEqualTo(Status.NOT_YET);
        assertThat(then.achievedInFiscalYear()).isNull();
    }

    /** Numbers a past version could store: shown as they are, with no ratio, and never an endless computation. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1e999999999", "1e400", "1e-999999999"})
    void an_actual_stored_beyond_the_number_limits_has_no_ratio_and_is_compared_without_being_written_out(String absurd) {
        Achievement achievement = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> achievementOf(SheetStream.of(registered(),
                        numericTarget(TARGET, "470", 2020, Direction.INCREASE, baseline("100", 2016)),
                        actual(2018, TARGET, absurd))));

        assertThat(achievement.latestActual()).isEqualByComparingTo(absurd);
        assertThat(achievement.ratio()).isNull();
        assertThat(achievement.percent()).isNull();
        assertThat(achievement.status()).isEqualTo(absurd.contains("-") ? Status.NOT_YET : Status.ACHIEVED);
    }

    @Test
    void a_cumulative_target_with_one_year_stored_beyond_the_limits_keeps_the_years_before_it_measurable() {
        Achievement achievement = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> achievementOf(SheetStream.of(registered(),
                        cumulativeTarget(TARGET, "300", 2020),
                        actual(2018, TARGET, "100"), actual(2019, TARGET, "1e999999999"), actual(2020, TARGET, "5"))));

        assertThat(achievement.latestFiscalYear()).isEqualTo(2020);
        assertThat(achievement.ratio()).isNull();
        assertThat(achievement.status()).isEqualTo(Status.ACHIEVED);
        assertThat(achievement.actuals().get(0).measured()).isEqualByComparingTo("100");
        assertThat(achievement.actuals().get(2).measured()).isGreaterThan(new BigDecimal("1e999999998"));
    }

    @Test
    void a_target_stored_beyond_the_limits_has_no_ratio() {
        Achievement achievement = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> achievementOf(SheetStream.of(registered(),
                        numericTarget(TARGET, "1e999999999", 2020, Direction.INCREASE, null),
                        actual(2018, TARGET, "3"))));

        assertThat(achievement.ratio()).isNull();
        assertThat(achievement.status()).isEqualTo(Status.NOT_YET);
    }

    @Test
    void a_target_reached_on_an_estimate_says_it_rests_on_the_estimate() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "10", 2020, Direction.INCREASE, null),
                actual(2018, TARGET, "4"), jp.pdcaledger.query.SheetEvents.estimate(2019, TARGET, "12")));

        assertThat(achievement.status()).isEqualTo(Status.ACHIEVED);
        assertThat(achievement.estimated()).isTrue();
        assertThat(achievement.actuals()).extracting(YearActual::estimated).containsExactly(null, true, null);
    }

    @Test
    void once_confirmed_the_final_figure_is_measured_and_no_estimate_is_said() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                numericTarget(TARGET, "10", 2020, Direction.INCREASE, null),
                jp.pdcaledger.query.SheetEvents.estimate(2019, TARGET, "12"),
                jp.pdcaledger.query.SheetEvents.confirmed(2019, TARGET, "12", "9")));

        assertThat(achievement.status()).isEqualTo(Status.NOT_YET);
        assertThat(achievement.latestActual()).isEqualByComparingTo("9");
        assertThat(achievement.estimated()).isNull();
    }

    @Test
    void a_cumulative_total_with_an_estimate_in_it_rests_on_the_estimate() {
        Achievement achievement = achievementOf(SheetStream.of(registered(),
                cumulativeTarget(TARGET, "10", 2020),
                jp.pdcaledger.query.SheetEvents.estimate(2018, TARGET, "4"), actual(2019, TARGET, "3")));

        assertThat(achievement.estimated()).isTrue();
    }

    private static Achievement achievementOf(SheetStream stream) {
        return achievementOf(stream, TARGET);
    }

    private static Achievement achievementOf(SheetStream stream, String key) {
        return achievement(stream.fold(), key);
    }

    private static Achievement achievement(SheetView view, String key) {
        SheetView.Target target = view.targets.stream().filter(t -> t.key.equals(key)).findFirst().orElseThrow();
        return Achievement.of(target, view.fiscalYears);
    }
}
