package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** Staff's evaluation (評価(C)) of a fiscal year. */
public record SubmitEvaluation(SheetId sheetId, FiscalYear fiscalYear, String text,
                               Long expectedVersion) implements VersionedCommand {
}
