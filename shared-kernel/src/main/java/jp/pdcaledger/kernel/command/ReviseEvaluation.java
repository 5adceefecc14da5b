package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * Replaces a submitted evaluation before the council has spoken; the reason is required. Like the text,
 * {@code grade} is the evaluation as it is to stand: null for an evaluation without a grade.
 */
public record ReviseEvaluation(SheetId sheetId, FiscalYear fiscalYear, String text, String grade,
                               String reason, Long expectedVersion) implements FiscalYearCommand {

    /** A revision to an evaluation without a grade. */
    public ReviseEvaluation(SheetId sheetId, FiscalYear fiscalYear, String text, String reason, Long expectedVersion) {
        this(sheetId, fiscalYear, text, null, reason, expectedVersion);
    }
}
