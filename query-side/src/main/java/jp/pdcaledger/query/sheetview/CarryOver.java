package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.TargetKind;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an ending period proposes for each of its targets in the next one, by the national guideline: the baseline
 * moves to the last actual reported, and where a numeric target was not met, the unmet share is carried over, to be
 * added to the next period's target (「未達成割合を加えた割合以上を目標値とする」). Read from the ending sheet as it
 * stands, never stored: the user confirms or changes each figure when defining the successor's targets.
 */
public record CarryOver(String key, String name, TargetKind kind, String unit, Direction direction,
                        BigDecimal targetValue, Integer deadlineFiscalYear, LastActual lastActual,
                        Boolean met, BigDecimal unmet) {

    /** The value last reported, and the fiscal year it was reported for: the proposed new baseline. */
    public record LastActual(BigDecimal value, int fiscalYear) {
    }

    public static List<CarryOver> of(SheetView ending) {
        return ending.targets.stream().map(target -> of(ending, target)).toList();
    }

    private static CarryOver of(SheetView ending, SheetView.Target target) {
        LastActual last = lastActual(ending, target.key).orElse(null);
        Boolean met = null;
        BigDecimal unmet = null;
        if (target.kind == TargetKind.NUMERIC && last != null && target.targetValue != null && target.direction != null) {
            BigDecimal shortfall = switch (target.direction) {
                case INCREASE -> target.targetValue.subtract(last.value());
                case DECREASE -> last.value().subtract(target.targetValue);
                case MAINTAIN -> target.targetValue.subtract(last.value()).abs();
            };
            met = shortfall.signum() <= 0;
            unmet = met ? BigDecimal.ZERO : shortfall.stripTrailingZeros();
        }
        return new CarryOver(target.key, target.name, target.kind, target.unit, target.direction, target.targetValue,
                target.deadlineFiscalYear, last, met, unmet);
    }

    /** The latest fiscal year's actual of the target that has a value: the ending period's last word on it. */
    private static Optional<LastActual> lastActual(SheetView ending, String key) {
        return ending.fiscalYears.stream().sorted(Comparator.comparingInt((SheetView.FiscalYearReview y) -> y.fiscalYear).reversed())
                .flatMap(year -> year.actuals.stream().filter(actual -> Objects.equals(actual.key, key) && actual.value != null)
                        .map(actual -> new LastActual(actual.value, year.fiscalYear)))
                .findFirst();
    }
}
