package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.SheetId;

/** The sheet's plan period was rolled over: {@code successor} is the sheet of the next {@code period}. */
public record NextPeriodStarted(SheetId sheetId, SheetId successor, PlanPeriod period) implements SheetEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.nextPeriodStarted(this);
    }

    /** Nothing: the successor names its predecessor, not the other way round. */
    @Override
    public void applyTo(SheetDocumentDraft document) {
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("successor", successor.value());
        fields.added("period", AuditPhrases.period(period));
        return "次期（" + AuditPhrases.period(period) + "）のシートを作成";
    }
}
