package jp.pdcaledger.kernel.sheet;

/**
 * One grade of a sheet's own scale (issue 21): the code an evaluation carries (A, ◎, △) and what it means
 * (目標以上, やや遅れ). Codes are compared as stored, after the NFC normalisation every text gets on entry.
 */
public record Grade(String code, String label) {

    /** A code is short: it is what the sheet prints in one narrow cell beside the evaluation. */
    public static final int CODE_LENGTH = 10;
    /** A scale of more grades than this is no scale a sheet prints. */
    public static final int MAX_GRADES = 20;
}
