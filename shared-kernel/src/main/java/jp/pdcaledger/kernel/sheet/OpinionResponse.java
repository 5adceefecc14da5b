package jp.pdcaledger.kernel.sheet;

/**
 * How a council opinion was reflected (委員意見の反映状況, as prefectures publish it): the fixed set of answers the
 * department gives each opinion, with the label the published table uses.
 */
public enum OpinionResponse {
    REFLECTED("反映した"),
    PARTLY_REFLECTED("一部反映"),
    UNDER_CONSIDERATION("今後検討"),
    DIFFICULT("反映が困難");

    private final String label;

    OpinionResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still open: an opinion answered so is shown again in the next fiscal year's review. */
    public boolean open() {
        return this == UNDER_CONSIDERATION;
    }
}
