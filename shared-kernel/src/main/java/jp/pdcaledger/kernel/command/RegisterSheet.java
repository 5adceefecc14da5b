package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.SheetId;
import java.util.List;

/** Opens a new sheet for one outcome target of one plan period of one municipality. */
public record RegisterSheet(SheetId sheetId, Municipality municipality, List<String> planTitles, PlanPeriod period,
                            String department, String councilName, OutcomeTarget outcomeTarget) {
}
