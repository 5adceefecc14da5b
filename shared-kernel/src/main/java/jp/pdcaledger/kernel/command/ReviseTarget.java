package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;

/** Re-sets a target during the period (value, deadline, rationale); the reason is required. */
public record ReviseTarget(SheetId sheetId, TargetKey key, BigDecimal targetValue,
                           FiscalYear deadlineFiscalYear, String rationale, String reason,
                           Long expectedVersion) implements VersionedCommand {
}
