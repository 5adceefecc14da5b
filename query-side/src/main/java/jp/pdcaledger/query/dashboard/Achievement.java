package jp.pdcaledger.query.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.sheetview.SheetView;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far a target has come (DOMAIN.md, "Achievement"): measured on the latest reported actual (a running total for
 * a cumulative target), against the target in force; with a baseline (actual − baseline) / (target − baseline),
 * without one actual / target; never capped; a year with no report is no actual, not zero.
 */
public record Achievement(List<YearActual> actuals, Integer latestFiscalYear, BigDecimal latestActual,
                          BigDecimal ratio, BigDecimal percent, Status status, Integer achievedInFiscalYear,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean estimated) {

    /**
     * A numeric target's: ACHIEVED or NOT_YET; a target with no numeric goal's: NO_NUMERIC_TARGET; a QUALITATIVE
     * target's (issue 21): ACHIEVED, IN_PROGRESS or NOT_STARTED as its latest status says (no report: NOT_STARTED).
     */
    public enum Status { ACHIEVED, NOT_YET, NO_NUMERIC_TARGET, IN_PROGRESS, NOT_STARTED }

    /**
     * {@code estimated} (issue 21): true when the latest actual measured rests on an estimate (見込み) still waiting for
     * its final figure (for a cumulative target, any year summed into it), so a status achieved on it is said to be
     * so wherever it is shown; absent otherwise, as in every row written before.
     */
    public Achievement {
        estimated = Boolean.TRUE.equals(estimated) ? Boolean.TRUE : null;
    }

    /**
     * The value measured for a fiscal year: as reported, or the running total for a cumulative target;
     * {@code estimated}: that value rests on an estimate (absent otherwise).
     */
    public record YearActual(int fiscalYear, String label, BigDecimal reported, BigDecimal measured,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean estimated,
                             @JsonInclude(JsonInclude.Include.NON_NULL) QualitativeStatus status) {

        public YearActual {
            estimated = Boolean.TRUE.equals(estimated) ? Boolean.TRUE : null;
        }

        public YearActual(int fiscalYear, String label, BigDecimal reported, BigDecimal measured, Boolean estimated) {
            this(fiscalYear, label, reported, measured, estimated, null);
        }
    }

    public static Achievement of(SheetView.Target target, List<SheetView.FiscalYearReview> years) {
        if (target.kind == TargetKind.QUALITATIVE) {
            return qualitative(target, years);
        }
        List<YearActual> actuals = new ArrayList<>();
        Set<Integer> beyondLimits = new HashSet<>();
        BigDecimal runningTotal = null;
        boolean totalBeyondLimits = false;
        boolean totalEstimated = false;
        for (SheetView.FiscalYearReview year : years) {
            SheetView.Actual actual = year.actuals.stream().filter(each -> each.key.equals(target.key))
                    .filter(each -> each.value != null).findFirst().orElse(null);
            BigDecimal reported = actual == null ? null : actual.value;
            boolean estimated = actual != null && actual.estimated;
            BigDecimal measured = reported;
            boolean measuredBeyondLimits = reported != null && !NumberLimits.withinLimits(reported);
            if (target.cumulative && reported != null) {
                // exact for every sum of numbers within the limits; cheap (not exact) for one stored beyond them
                runningTotal = runningTotal == null ? reported : runningTotal.add(reported, MathContext.DECIMAL128);
                totalBeyondLimits |= measuredBeyondLimits;
                totalEstimated |= estimated;
                estimated = totalEstimated;
                measured = runningTotal;
                measuredBeyondLimits = totalBeyondLimits;
            }
            if (measuredBeyondLimits) {
                beyondLimits.add(year.fiscalYear);
            }
            actuals.add(new YearActual(year.fiscalYear, FiscalYear.of(year.fiscalYear).eraLabel(), reported, measured,
                    measured != null && estimated));
        }
        YearActual latest = actuals.stream().filter(actual -> actual.measured() != null).reduce((a, b) -> b).orElse(null);
        if (target.kind != TargetKind.NUMERIC || target.targetValue == null) {
            return new Achievement(actuals, latest == null ? null : latest.fiscalYear(),
                    latest == null ? null : latest.measured(), null, null, Status.NO_NUMERIC_TARGET, null,
                    latest != null && latest.estimated() != null);
        }
        if (latest == null) {
            return new Achievement(actuals, null, null, null, null, Status.NOT_YET, null, null);
        }
        // A number stored before numbers were bounded (1e999999999) has no ratio that can be computed, or shown.
        BigDecimal quotient = beyondLimits.contains(latest.fiscalYear()) || !withinLimits(target) ? null
                : quotient(target, latest.measured());
        Integer achievedIn = actuals.stream().filter(actual -> actual.measured() != null && reached(target, actual.measured()))
                .map(YearActual::fiscalYear).findFirst().orElse(null);
        // Both are rounded from the unrounded quotient: 1/22 is 4.5 %, not 4.6 % by way of a ratio of 0.0455.
        return new Achievement(actuals, latest.fiscalYear(), latest.measured(),
                quotient == null ? null : quotient.setScale(4, RoundingMode.HALF_UP),
                quotient == null ? null : quotient.movePointRight(2).setScale(1, RoundingMode.HALF_UP),
                reached(target, latest.measured()) ? Status.ACHIEVED : Status.NOT_YET, achievedIn,
                latest.estimated());
    }

    /**
     * A target stated in words: its status is the latest year's report, achieved from the first year reported
     * ACHIEVED; no ratio, no value.
     */
    private static Achievement qualitative(SheetView.Target target, List<SheetView.FiscalYearReview> years) {
        List<YearActual> actuals = new ArrayList<>();
        for (SheetView.FiscalYearReview year : years) {
            QualitativeStatus status = year.actuals.stream().filter(each -> each.key.equals(target.key))
                    .map(each -> each.status).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            actuals.add(new YearActual(year.fiscalYear, FiscalYear.of(year.fiscalYear).eraLabel(), null, null, null,
                    status));
        }
        YearActual latest = actuals.stream().filter(actual -> actual.status() != null).reduce((a, b) -> b).orElse(null);
        Status status = latest == null || latest.status() == QualitativeStatus.NOT_STARTED ? Status.NOT_STARTED
                : latest.status() == QualitativeStatus.ACHIEVED ? Status.ACHIEVED : Status.IN_PROGRESS;
        Integer achievedIn = status != Status.ACHIEVED ? null : actuals.stream()
                .filter(actual -> actual.status() == QualitativeStatus.ACHIEVED).map(YearActual::fiscalYear)
                .findFirst().orElse(null);
        return new Achievement(actuals, latest == null ? null : latest.fiscalYear(), null, null, null, status,
                achievedIn, null);
    }

    private static BigDecimal quotient(SheetView.Target target, BigDecimal actual) {
        BigDecimal baseline = target.baseline == null ? BigDecimal.ZERO : target.baseline.value();
        BigDecimal distance = target.targetValue.subtract(baseline);
        if (distance.signum() == 0) {
            return null;
        }
        return actual.subtract(baseline).divide(distance, MathContext.DECIMAL64);
    }

    private static boolean withinLimits(SheetView.Target target) {
        return NumberLimits.withinLimits(target.targetValue)
                && (target.baseline == null || NumberLimits.withinLimits(target.baseline.value()));
    }

    /** Increase: at or above the target; decrease: at or below; maintain: kept within the target. */
    public static boolean reached(SheetView.Target target, BigDecimal actual) {
        int comparison = actual.compareTo(target.targetValue);
        Direction direction = target.direction == null ? Direction.INCREASE : target.direction;
        return switch (direction) {
            case INCREASE -> comparison >= 0;
            case DECREASE, MAINTAIN -> comparison <= 0;
        };
    }
}
