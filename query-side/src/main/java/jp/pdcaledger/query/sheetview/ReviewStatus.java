package jp.pdcaledger.query.sheetview;

/** How far a fiscal year's review has come, in the workflow's order. */
public enum ReviewStatus {
    NOT_STARTED("未着手"),
    ACTUALS_RECORDED("実績記録済"),
    EVALUATED("評価済"),
    COUNCIL_HEARD("協議会等意見済"),
    IMPROVEMENT_PLANNED("改善策定済"),
    CLOSED("締切");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public boolean reached(ReviewStatus step) {
        return compareTo(step) >= 0;
    }

    /** As a person reads it, in Japanese. */
    public String label() {
        return label;
    }
}
