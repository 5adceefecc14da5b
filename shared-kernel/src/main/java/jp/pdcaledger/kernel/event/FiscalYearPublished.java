package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * The year's review published for the {@code publication}-th time (from 1): what is published is the sheet as its
 * events fold up to and including this one. {@code erratum} (正誤) is null for the first publication and says, for
 * every later one, what changed since the one before and why.
 */
public record FiscalYearPublished(SheetId sheetId, FiscalYear fiscalYear, int publication, String erratum)
        implements SheetEvent.FiscalYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.fiscalYearPublished(this);
    }

    /** Publishing prints the sheet as it stands: the document is unchanged but for the year being on it. */
    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.unchangedYear(fiscalYear);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("publication", publication);
        if (erratum == null) {
            return AuditPhrases.label(fiscalYear) + " を公表（第" + publication + "版）";
        }
        fields.added("erratum", erratum);
        return AuditPhrases.label(fiscalYear) + " を正誤を付けて再公表（第" + publication + "版）";
    }
}
