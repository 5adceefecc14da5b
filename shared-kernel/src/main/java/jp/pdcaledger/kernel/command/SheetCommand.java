package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * A command on an existing sheet: the sheet it names is the aggregate that handles it. The command side routes on
 * this method, so the published language carries no framework annotation.
 */
public interface SheetCommand {

    SheetId sheetId();
}
