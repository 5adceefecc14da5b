package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;

/**
 * Classifies a target already defined under a measure of the guideline's edition of its sheet's period (issue 18),
 * or under another one: how a target defined before the measures existed (or imported so) reaches the roll-up.
 */
public record ClassifyTarget(SheetId sheetId, TargetKey key, GuidelineMeasure measure, Long expectedVersion)
        implements VersionedCommand {
}
