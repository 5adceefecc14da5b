package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.SheetId;
import java.util.List;

/**
 * A sheet was registered. Its outcome target's number may be null since combined progress tables were taken in; the
 * payload stored before that is read unchanged (see {@link OutcomeTarget}), hence no revision.
 */
public record SheetRegistered(SheetId sheetId, Municipality municipality, List<String> planTitles, PlanPeriod period,
                              String department, String councilName, OutcomeTarget outcomeTarget) implements SheetEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.registered(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.register(municipality, planTitles, period, department, councilName, outcomeTarget);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("municipality", municipality.code() + " " + municipality.name());
        fields.added("period", AuditPhrases.period(period));
        Integer number = outcomeTarget.number();
        // a combined progress table has no number: its title alone
        fields.added("outcomeTarget", (number == null ? "" : number + " ") + outcomeTarget.title());
        fields.added("department", department);
        return "シートを登録: " + municipality.name() + " " + (number == null ? "" : "成果目標(" + number + ") ")
                + outcomeTarget.title();
    }
}
