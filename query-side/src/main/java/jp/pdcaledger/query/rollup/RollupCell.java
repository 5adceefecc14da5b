package jp.pdcaledger.query.rollup;

import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.dashboard.Achievement;
import jp.pdcaledger.query.sheetview.SheetView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one sheet adds to the roll-up of one guideline measure in one fiscal year of its period: its numeric targets
 * classified under the measure (targets in force), how many of them have an actual for the year and how many reached
 * their target in it, the sums of targets and actuals (a cumulative target's running total, as achievement measures
 * it), and the same sums over the targets that carry a baseline, against which the guideline's percentage is read.
 * A year with no report adds no actual, never a zero.
 */
public record RollupCell(GuidelineMeasure measure, int fiscalYear, int targets, int reportedTargets, int metTargets,
                         BigDecimal targetSum, BigDecimal actualSum, BigDecimal baselineSum,
                         BigDecimal baselineTargetSum, BigDecimal baselineActualSum, BigDecimal baselineReportedSum) {

    /** The cells of a sheet, by measure and then fiscal year; none for a sheet with no classified numeric target. */
    public static List<RollupCell> of(SheetView view) {
        Map<GuidelineMeasure, Map<Integer, Sums>> byMeasure = new TreeMap<>();
        for (SheetView.Target target : view.targets) {
            if (!counts(target)) {
                continue;
            }
            Map<Integer, Sums> years = byMeasure.computeIfAbsent(target.measure, measure -> new TreeMap<>());
            for (Achievement.YearActual actual : Achievement.of(target, view.fiscalYears).actuals()) {
                years.computeIfAbsent(actual.fiscalYear(), year -> new Sums()).add(target, actual.measured());
            }
        }
        List<RollupCell> cells = new ArrayList<>();
        byMeasure.forEach((measure, years) -> years.forEach((year, sums) -> cells.add(sums.cell(measure, year))));
        return cells;
    }

    /** A numeric target with a goal, classified, and of a size a sum can hold (numbers stored before they were bounded are left out). */
    private static boolean counts(SheetView.Target target) {
        return target.measure != null && target.kind == TargetKind.NUMERIC && target.targetValue != null
                && NumberLimits.withinLimits(target.targetValue)
                && (target.baseline == null || NumberLimits.withinLimits(target.baseline.value()));
    }

    private static final class Sums {
        int targets;
        int reported;
        int met;
        BigDecimal target = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal baseline = BigDecimal.ZERO;
        BigDecimal baselineTarget = BigDecimal.ZERO;
        BigDecimal baselineActual = BigDecimal.ZERO;
        BigDecimal baselineReported = BigDecimal.ZERO;

        void add(SheetView.Target each, BigDecimal measured) {
            boolean reportedNow = measured != null && NumberLimits.withinLimits(measured);
            targets++;
            target = target.add(each.targetValue);
            if (reportedNow) {
                reported++;
                actual = actual.add(measured);
                if (Achievement.reached(each, measured)) {
                    met++;
                }
            }
            if (each.baseline != null) {
                baseline = baseline.add(each.baseline.value());
                baselineTarget = baselineTarget.add(each.targetValue);
                if (reportedNow) {
                    baselineActual = baselineActual.add(measured);
                    baselineReported = baselineReported.add(each.baseline.value());
                }
            }
        }

        RollupCell cell(GuidelineMeasure measure, int fiscalYear) {
            return new RollupCell(measure, fiscalYear, targets, reported, met, target, actual, baseline, baselineTarget,
                    baselineActual, baselineReported);
        }
    }
}
