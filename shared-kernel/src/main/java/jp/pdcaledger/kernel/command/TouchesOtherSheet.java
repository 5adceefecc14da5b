package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * A command that changes a sheet besides the one it names (a rollover links two): the command side must treat both
 * as written by it, e.g. forget both cached aggregates when the unit of work is refused or rolled back.
 */
public interface TouchesOtherSheet {

    SheetId otherSheet();
}
