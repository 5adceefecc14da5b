package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

public record ImprovementPlanned(SheetId sheetId, FiscalYear fiscalYear, String text) implements SheetEvent.FiscalYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.improvementPlanned(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.improvement(fiscalYear, text);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("improvement", text);
        return AuditPhrases.label(fiscalYear) + " の改善（次年度の取組）を記録";
    }
}
