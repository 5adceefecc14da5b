package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** The year's planned improvement revised: its text now and before (the reason is the event's metadata). */
public record ImprovementRevised(SheetId sheetId, FiscalYear fiscalYear, String text, String previousText)
        implements SheetEvent.FiscalYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.improvementRevised(this);
    }

    /** The document holds the improvement in force; the one it replaced lives in the history. */
    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.improvement(fiscalYear, text);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.changed("improvement", previousText, text);
        return AuditPhrases.label(fiscalYear) + " の改善（次年度の取組）を修正";
    }
}
