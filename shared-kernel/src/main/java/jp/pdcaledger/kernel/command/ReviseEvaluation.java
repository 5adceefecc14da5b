package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** Replaces a submitted evaluation before the council has spoken; the reason is required. */
public record ReviseEvaluation(SheetId sheetId, FiscalYear fiscalYear, String text,
                               String reason, Long expectedVersion) implements VersionedCommand {
}
