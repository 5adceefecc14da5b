package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * The sheet was derived from {@code predecessor}, the sheet of the plan period before ({@code predecessorPeriod}):
 * the second event of a sheet registered by a rollover, so that its history begins with where it came from.
 */
public record SheetDerived(SheetId sheetId, SheetId predecessor, PlanPeriod predecessorPeriod) implements SheetEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.derived(this);
    }

    /** The successor names its predecessor; the other way round would be a second copy of the same link. */
    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.predecessor(predecessorPeriod);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("predecessor", predecessor.value());
        return "前期のシート（" + AuditPhrases.period(predecessorPeriod) + "）から次期のシートとして作成";
    }
}
