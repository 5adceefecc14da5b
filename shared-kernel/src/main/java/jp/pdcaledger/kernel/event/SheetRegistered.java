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
}
