package jp.pdcaledger.query.export;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.query.sheetview.ReviewStatus;
import jp.pdcaledger.query.sheetview.SheetView;

import java.util.List;

/**
 * The sheet view as a {@code pdca-sheet/v1} document: the targets as they are in force, and every fiscal year that
 * has anything reported. What the import replays as commands and this writes back are the same document.
 */
public final class SheetExport {

    private SheetExport() {
    }

    public static PdcaSheetDocument toDocument(SheetView view) {
        return new PdcaSheetDocument(PdcaSheetDocument.FORMAT,
                new PdcaSheetDocument.Municipality(view.municipality.code(), view.municipality.name()),
                List.copyOf(view.planTitles),
                new PdcaSheetDocument.Period(view.period.firstFiscalYear(), view.period.lastFiscalYear()),
                view.department, view.councilName,
                new PdcaSheetDocument.OutcomeTarget(view.outcomeTarget.number(), view.outcomeTarget.title()),
                view.targets.stream().map(SheetExport::target).toList(),
                view.activityIndicators.stream().map(SheetExport::indicator).toList(),
                view.fiscalYears.stream().filter(year -> year.status != ReviewStatus.NOT_STARTED)
                        .map(SheetExport::fiscalYear).toList());
    }

    private static PdcaSheetDocument.Target target(SheetView.Target target) {
        return new PdcaSheetDocument.Target(target.key, target.name, target.kind.name(), target.unit,
                target.baseline == null ? null
                        : new PdcaSheetDocument.Baseline(target.baseline.value(), target.baseline.fiscalYear()),
                target.targetValue, target.deadlineFiscalYear,
                target.direction == null ? null : target.direction.name(), target.cumulative, target.note,
                target.rationale);
    }

    private static PdcaSheetDocument.ActivityIndicator indicator(SheetView.ActivityIndicator indicator) {
        return new PdcaSheetDocument.ActivityIndicator(indicator.key, indicator.name, indicator.unit,
                indicator.planned.stream().map(p -> new PdcaSheetDocument.Planned(p.fiscalYear(), p.value())).toList());
    }

    private static PdcaSheetDocument.FiscalYear fiscalYear(SheetView.FiscalYearReview year) {
        return new PdcaSheetDocument.FiscalYear(year.fiscalYear,
                year.actuals.stream().map(a -> new PdcaSheetDocument.Actual(a.key, a.value, a.note)).toList(),
                year.activityActuals.stream().map(a -> new PdcaSheetDocument.ActivityActual(a.key, a.value, a.note)).toList(),
                year.evaluation == null ? null : year.evaluation.text,
                year.councilOpinions.stream().map(opinion -> opinion.text).toList(),
                year.noCouncilOpinion,
                year.improvement == null ? null : year.improvement.text);
    }
}
