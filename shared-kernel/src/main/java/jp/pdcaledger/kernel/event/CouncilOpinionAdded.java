package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

public record CouncilOpinionAdded(SheetId sheetId, FiscalYear fiscalYear, String text) implements SheetEvent.FiscalYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.councilOpinionAdded(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.addOpinion(fiscalYear, text);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("councilOpinion", text);
        return AuditPhrases.label(fiscalYear) + " の協議会等意見を記録";
    }
}
