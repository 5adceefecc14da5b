package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The final figure of an actual recorded as an estimate (見込み, 推計): it replaces the estimate, which the history
 * keeps. It usually comes with the next year's review, so it is taken on a closed year too and never reopens it.
 * {@code value}, {@code note} and {@code asOf} are the actual as it is to stand (asOf null: 31 March at the end of the
 * fiscal year).
 */
public record ConfirmAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key, BigDecimal value,
                                  String note, LocalDate asOf, Long expectedVersion) implements FiscalYearCommand {
}
