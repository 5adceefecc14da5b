package jp.pdcaledger.kernel.sheet;

/** What kind of goal a target row holds. */
public enum TargetKind {
    /** A numeric goal: value, unit, deadline and direction. */
    NUMERIC,
    /** 数値目標は設定しない: reported yearly, but with no numeric goal to reach. */
    NO_NUMERIC_TARGET,
    /** A (参考) row: reported, but not a target. */
    REFERENCE,
    /**
     * A target stated in words (「協議の場を設置する」, issue 21): its goal text, maybe a deadline, and each year a
     * status (未着手・取組中・達成) with the date it was achieved instead of a value.
     */
    QUALITATIVE
}
