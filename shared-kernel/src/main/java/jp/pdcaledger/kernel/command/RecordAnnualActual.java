package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;

/** Reports a fiscal year's actual (実施状況, as of 31 March at its end) of a target or an activity indicator. */
public record RecordAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key,
                                 BigDecimal value, String note, Long expectedVersion) implements VersionedCommand {
}
