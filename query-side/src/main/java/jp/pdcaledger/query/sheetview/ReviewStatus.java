package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.kernel.command.ReviewStep;

/** How far a fiscal year's review has come: the last {@link ReviewStep} taken, in the workflow's order. */
public enum ReviewStatus {
    NOT_STARTED(null),
    ACTUALS_RECORDED(ReviewStep.ACTUALS),
    EVALUATED(ReviewStep.EVALUATION),
    COUNCIL_HEARD(ReviewStep.COUNCIL),
    IMPROVEMENT_PLANNED(ReviewStep.IMPROVEMENT),
    CLOSED(ReviewStep.CLOSE);

    private final ReviewStep lastStepTaken;

    ReviewStatus(ReviewStep lastStepTaken) {
        this.lastStepTaken = lastStepTaken;
    }

    public boolean reached(ReviewStatus step) {
        return compareTo(step) >= 0;
    }

    /** The step the year has taken last; null before its first. */
    public ReviewStep lastStepTaken() {
        return lastStepTaken;
    }

    /** As a person reads it, in Japanese. */
    public String label() {
        return lastStepTaken == null ? "未着手" : lastStepTaken.doneLabel();
    }
}
