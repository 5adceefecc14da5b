package jp.pdcaledger.query.dashboard;

import jp.pdcaledger.query.sheetview.SheetView;

import java.math.BigDecimal;

/** One row of the dashboard: a target of a sheet, the target in force, and its achievement. */
public record DashboardRow(String sheetId, SheetView.Municipality municipality, String department,
                           SheetView.Period period, SheetView.OutcomeTarget outcomeTarget, TargetInForce target,
                           Achievement achievement) {

    public record TargetInForce(String key, String name, String kind, String unit, String direction,
                                boolean cumulative, SheetView.Baseline baseline, BigDecimal targetValue,
                                Integer deadlineFiscalYear) {
    }

    static DashboardRow of(SheetView view, SheetView.Target target) {
        return new DashboardRow(view.sheetId, view.municipality, view.department, view.period, view.outcomeTarget,
                new TargetInForce(target.key, target.name, target.kind.name(), target.unit,
                        target.direction == null ? null : target.direction.name(), target.cumulative, target.baseline,
                        target.targetValue, target.deadlineFiscalYear),
                Achievement.of(target, view.fiscalYears));
    }
}
