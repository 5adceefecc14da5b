package jp.pdcaledger.kernel.sheet;

/** Which way an actual must move to reach a numeric target. */
public enum Direction {
    INCREASE,
    DECREASE,
    MAINTAIN
}
