package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

public record ReviewReopened(SheetId sheetId, FiscalYear fiscalYear) implements SheetEvent.FiscalYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.reviewReopened(this);
    }

    /** Whether a year is closed is not on a printed sheet. */
    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.unchangedYear(fiscalYear);
    }

    @Override
    public String describe(AuditFields fields) {
        return AuditPhrases.label(fiscalYear) + " の評価を再開";
    }
}
