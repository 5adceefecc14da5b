package jp.pdcaledger.query.sheetview;

/** How far a fiscal year's review has come, in the workflow's order. */
public enum ReviewStatus {
    NOT_STARTED,
    ACTUALS_RECORDED,
    EVALUATED,
    COUNCIL_HEARD,
    IMPROVEMENT_PLANNED,
    CLOSED;

    public boolean reached(ReviewStatus step) {
        return compareTo(step) >= 0;
    }
}
