package jp.pdcaledger.kernel.sheet;

/** What kind of goal a target row holds. */
public enum TargetKind {
    /** A numeric goal: value, unit, deadline and direction. */
    NUMERIC,
    /** 数値目標は設定しない: reported yearly, but with no numeric goal to reach. */
    NO_NUMERIC_TARGET,
    /** A (参考) row: reported, but not a target. */
    REFERENCE
}
