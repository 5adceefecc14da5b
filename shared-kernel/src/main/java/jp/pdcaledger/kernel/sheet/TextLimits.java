package jp.pdcaledger.kernel.sheet;

/**
 * How long a text may be. Generous for what real sheets hold (the seed's longest sentence block is under 400
 * characters) yet small enough that no request can fill the event store with one field.
 */
public final class TextLimits {

    /** Names, titles, units, departments. */
    public static final int NAME = 500;
    /** Notes beside a value. */
    public static final int NOTE = 1_000;
    /** Reasons for corrections, revisions and reopenings. */
    public static final int REASON = 2_000;
    /** Evaluations, opinions, improvements, rationales. */
    public static final int PROSE = 20_000;
    /**
     * A fiscal year's council opinions together, as the sheet prints them in one cell (each after ・, one a line):
     * what one spreadsheet cell holds, 32,767 characters. Counted in characters as every limit here is; a text of
     * characters outside the BMP (𠮷 takes two of a cell's units) goes on over the rows below its cell in a workbook.
     */
    public static final int YEAR_OPINIONS = 32_767;
    /** Plans one sheet serves: its title names them all, in one line. Real sheets serve one to three. */
    public static final int PLAN_TITLES = 10;

    private TextLimits() {
    }
}
