package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Corrects an actual already reported; the earlier value stays in the history, the reason is required. Like the
 * value and the note, {@code asOf} is the actual as it is to stand: null for 31 March at the end of the fiscal year.
 */
public record CorrectAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key,
                                  BigDecimal value, String note, LocalDate asOf, QualitativeStatus status,
                                  LocalDate achievedOn, String reason, Long expectedVersion) implements FiscalYearCommand {

    /** A correction to a value; a QUALITATIVE target's states its {@code status} and {@code achievedOn} (issue 21). */
    public CorrectAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key, BigDecimal value, String note,
                               LocalDate asOf, String reason, Long expectedVersion) {
        this(sheetId, fiscalYear, key, value, note, asOf, null, null, reason, expectedVersion);
    }

    /** A correction to an actual as of 31 March at the end of its fiscal year. */
    public CorrectAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key, BigDecimal value, String note,
                               String reason, Long expectedVersion) {
        this(sheetId, fiscalYear, key, value, note, null, null, null, reason, expectedVersion);
    }
}
