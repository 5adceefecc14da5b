package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.SheetId;

/** Every event of a sheet's stream names its sheet. */
public interface SheetEvent {

    SheetId sheetId();
}
