package jp.pdcaledger.command.writes;

import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * A write that was stored: the sheet and its version (the sequence number of its last event), whether the write
 * created the sheet, and whether this is the answer remembered for an earlier request under the same key.
 */
public record Written(String sheetId, long version, boolean created, boolean replayed) {

    public static Written created(SheetId sheetId, long version) {
        return new Written(sheetId.value(), version, true, false);
    }

    public static Written updated(SheetId sheetId, long version) {
        return new Written(sheetId.value(), version, false, false);
    }
}
