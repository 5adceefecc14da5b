package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;

/** Corrects an actual already reported; the earlier value stays in the history, the reason is required. */
public record CorrectAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key,
                                  BigDecimal value, String note, String reason,
                                  Long expectedVersion) implements VersionedCommand {
}
