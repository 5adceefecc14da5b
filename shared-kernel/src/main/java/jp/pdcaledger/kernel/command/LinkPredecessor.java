package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * Links a sheet just registered to the sheet of the period before, as a rollover would have: what an import does
 * with a document that names its predecessor, so that the lineage survives export and import. The predecessor must
 * have no successor yet, and the sheet's period must begin the year after its own ends; unlike a rollover, its last
 * year need not be closed (pdca-sheet/v1 does not say whether a year is).
 */
public record LinkPredecessor(SheetId sheetId, SheetId predecessor) implements SheetCommand, TouchesOtherSheet {

    @Override
    public SheetId otherSheet() {
        return predecessor;
    }
}
