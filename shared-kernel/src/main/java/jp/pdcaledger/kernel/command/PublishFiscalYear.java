package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * Publishes a closed fiscal year's review (公表): the sheet as it stands then is what the public reads. The first
 * publication has no {@code erratum}; a republication, once something in the year has changed since the last one,
 * needs it (正誤: what changed and why).
 */
public record PublishFiscalYear(SheetId sheetId, FiscalYear fiscalYear, String erratum, Long expectedVersion)
        implements FiscalYearCommand {
}
