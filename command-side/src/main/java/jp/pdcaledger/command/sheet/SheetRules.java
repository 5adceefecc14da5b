package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;

/**
 * What a fiscal year's review asks of its sheet while it decides a command: the sheet keeps the targets, the
 * indicators and the grade scale, the year only its own review.
 */
interface SheetRules {

    /** The key of a target or indicator of the sheet; an unknown one is refused naming {@code key}. */
    TargetKey requireKnownKey(TargetKey key);

    /** The kind of the target a key names; null for an activity indicator's. */
    TargetKind kindOf(TargetKey key);

    /** A grade of the sheet's scale, or null for none; refused when the sheet has no scale or not this code. */
    String requireGradeOnScale(String grade);
}
