package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * The year's review published for the {@code publication}-th time (from 1): what is published is the sheet as its
 * events fold up to and including this one. {@code erratum} (正誤) is null for the first publication and says, for
 * every later one, what changed since the one before and why.
 */
public record FiscalYearPublished(SheetId sheetId, FiscalYear fiscalYear, int publication, String erratum)
        implements FiscalYearEvent {
}
