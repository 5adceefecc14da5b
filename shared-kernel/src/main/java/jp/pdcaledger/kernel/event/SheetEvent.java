package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * Every event of a sheet's stream names its sheet. The set is closed, and this file is its one registration: a new
 * event is added to {@code permits} (here or in {@link FiscalYearEvent}'s) and given a method in {@link Visitor}.
 * Each event says itself what it does to the exchange document ({@link #applyTo}) and how the audit log describes it
 * ({@link #describe}), and dispatches itself to the visitor ({@link #accept}): all three are abstract, so an event
 * that leaves one out does not compile, and neither does a visitor (the sheet view's fold) without its method.
 * <p>
 * None of these methods may look like a bean property (no {@code getX}, {@code isX}): Jackson would write it into
 * the stored event.
 */
public sealed interface SheetEvent
        permits SheetRegistered, SheetDerived, NextPeriodStarted, TargetDefined, TargetRevised, TargetClassified,
        ActivityIndicatorDefined, GradeScaleDefined,
        SheetEvent.FiscalYearEvent {

    SheetId sheetId();

    /** Calls the visitor's method for this event's type. */
    <R> R accept(Visitor<R> visitor);

    /** What the event does to the {@code pdca-sheet/v1} document a sheet's events amount to. */
    void applyTo(SheetDocumentDraft document);

    /** The audit log's sentence for the event; on the way, the fields it set or changed go into {@code fields}. */
    String describe(AuditFields fields);

    /** An event of one fiscal year's review (the PDCA steps after the plan). */
    sealed interface FiscalYearEvent extends SheetEvent
            permits AnnualActualRecorded, AnnualActualCorrected, AnnualActualConfirmed, ActivityActualRecorded,
            ActivityActualCorrected, EvaluationSubmitted, EvaluationRevised, CouncilOpinionAdded,
            NoCouncilOpinionRecorded, CouncilOpinionAnswered, ImprovementPlanned, ImprovementRevised,
            ReviewClosed, ReviewReopened, FiscalYearPublished {

        FiscalYear fiscalYear();
    }

    /**
     * One method per event of a sheet's stream, for a fold that keeps its own state per event type (the sheet view):
     * the exhaustive switch Java 17 has no pattern syntax for. Events call it themselves ({@link #accept}), so no
     * type test anywhere can silently miss one.
     */
    interface Visitor<R> {

        R registered(SheetRegistered event);

        R derived(SheetDerived event);

        R nextPeriodStarted(NextPeriodStarted event);

        R targetDefined(TargetDefined event);

        R targetRevised(TargetRevised event);

        R targetClassified(TargetClassified event);

        R activityIndicatorDefined(ActivityIndicatorDefined event);

        R gradeScaleDefined(GradeScaleDefined event);

        R actualRecorded(AnnualActualRecorded event);

        R actualCorrected(AnnualActualCorrected event);

        R actualConfirmed(AnnualActualConfirmed event);

        R activityActualRecorded(ActivityActualRecorded event);

        R activityActualCorrected(ActivityActualCorrected event);

        R evaluationSubmitted(EvaluationSubmitted event);

        R evaluationRevised(EvaluationRevised event);

        R councilOpinionAdded(CouncilOpinionAdded event);

        R noCouncilOpinionRecorded(NoCouncilOpinionRecorded event);

        R councilOpinionAnswered(CouncilOpinionAnswered event);

        R improvementPlanned(ImprovementPlanned event);

        R improvementRevised(ImprovementRevised event);

        R reviewClosed(ReviewClosed event);

        R reviewReopened(ReviewReopened event);

        R fiscalYearPublished(FiscalYearPublished event);
    }
}
