package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * Staff's evaluation (評価(C)) of a fiscal year. {@code grade} (issue 21): a code of the sheet's grade scale, or null.
 */
public record SubmitEvaluation(SheetId sheetId, FiscalYear fiscalYear, String text, String grade,
                               Long expectedVersion) implements FiscalYearCommand {

    /** An evaluation without a grade. */
    public SubmitEvaluation(SheetId sheetId, FiscalYear fiscalYear, String text, Long expectedVersion) {
        this(sheetId, fiscalYear, text, null, expectedVersion);
    }
}
