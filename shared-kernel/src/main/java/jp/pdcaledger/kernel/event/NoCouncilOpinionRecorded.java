package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** The council was heard and had no opinion (特になし). */
public record NoCouncilOpinionRecorded(SheetId sheetId, FiscalYear fiscalYear) implements SheetEvent.FiscalYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.noCouncilOpinionRecorded(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.noOpinion(fiscalYear);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("councilOpinion", "特になし");
        return AuditPhrases.label(fiscalYear) + " の協議会等意見: 特になし";
    }
}
