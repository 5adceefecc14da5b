package jp.pdcaledger.kernel.sheet;

/**
 * Where a target stated in words (QUALITATIVE, 「協議の場を設置する」) stands in a fiscal year: the fixed set of statuses
 * a yearly report gives it, with the label sheets print.
 */
public enum QualitativeStatus {
    NOT_STARTED("未着手"),
    IN_PROGRESS("取組中"),
    ACHIEVED("達成");

    private final String label;

    QualitativeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
