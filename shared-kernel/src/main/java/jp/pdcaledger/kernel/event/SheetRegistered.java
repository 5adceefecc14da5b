package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.SheetId;
import java.util.List;

public record SheetRegistered(SheetId sheetId, Municipality municipality, List<String> planTitles, PlanPeriod period,
                              String department, String councilName, OutcomeTarget outcomeTarget) implements SheetEvent {
}
