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

    private TextLimits() {
    }
}
