package jp.pdcaledger.kernel.event;

/**
 * One method per event of a sheet's stream: the way every fold (the sheet view, the exchange document, the audit
 * description) reads events. Implementing it is the exhaustive switch Java 17 has no pattern syntax for: an event
 * added to {@link SheetEvent}'s {@code permits} is added here, and no fold compiles until it says what the event
 * does to it.
 */
public interface SheetEventVisitor<R> {

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

    R reviewClosed(ReviewClosed event);

    R reviewReopened(ReviewReopened event);

    R fiscalYearPublished(FiscalYearPublished event);

    /**
     * Calls the method for the event's type. The one place the types are told apart; a test holds it to the
     * permitted types, so the last line is unreachable while that test passes.
     */
    default R visit(SheetEvent event) {
        if (event instanceof SheetRegistered e) {
            return registered(e);
        } else if (event instanceof SheetDerived e) {
            return derived(e);
        } else if (event instanceof NextPeriodStarted e) {
            return nextPeriodStarted(e);
        } else if (event instanceof TargetDefined e) {
            return targetDefined(e);
        } else if (event instanceof TargetRevised e) {
            return targetRevised(e);
        } else if (event instanceof TargetClassified e) {
            return targetClassified(e);
        } else if (event instanceof ActivityIndicatorDefined e) {
            return activityIndicatorDefined(e);
        } else if (event instanceof GradeScaleDefined e) {
            return gradeScaleDefined(e);
        } else if (event instanceof AnnualActualRecorded e) {
            return actualRecorded(e);
        } else if (event instanceof AnnualActualCorrected e) {
            return actualCorrected(e);
        } else if (event instanceof AnnualActualConfirmed e) {
            return actualConfirmed(e);
        } else if (event instanceof ActivityActualRecorded e) {
            return activityActualRecorded(e);
        } else if (event instanceof ActivityActualCorrected e) {
            return activityActualCorrected(e);
        } else if (event instanceof EvaluationSubmitted e) {
            return evaluationSubmitted(e);
        } else if (event instanceof EvaluationRevised e) {
            return evaluationRevised(e);
        } else if (event instanceof CouncilOpinionAdded e) {
            return councilOpinionAdded(e);
        } else if (event instanceof NoCouncilOpinionRecorded e) {
            return noCouncilOpinionRecorded(e);
        } else if (event instanceof CouncilOpinionAnswered e) {
            return councilOpinionAnswered(e);
        } else if (event instanceof ImprovementPlanned e) {
            return improvementPlanned(e);
        } else if (event instanceof ReviewClosed e) {
            return reviewClosed(e);
        } else if (event instanceof ReviewReopened e) {
            return reviewReopened(e);
        } else if (event instanceof FiscalYearPublished e) {
            return fiscalYearPublished(e);
        }
        throw new IllegalStateException("an event type without a visitor method: " + event.getClass().getName());
    }
}
