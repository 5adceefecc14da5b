package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Reports a fiscal year's actual (実施状況) of a target or an activity indicator, as of {@code asOf}: null for 31 March
 * at the end of the fiscal year (各年度３月末現在), or the date the value was taken (「令和2年7月末時点」).
 * {@code estimated} (issue 21): the value is an estimate (見込み, 推計) written before the year's figures are final;
 * its final figure comes later as a {@link ConfirmAnnualActual}. False for a final figure.
 */
public record RecordAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key,
                                 BigDecimal value, String note, LocalDate asOf, boolean estimated,
                                 QualitativeStatus status, LocalDate achievedOn, Long expectedVersion)
        implements FiscalYearCommand {

    /** A value, estimated or final; {@code status} and {@code achievedOn} are a QUALITATIVE target's (issue 21). */
    public RecordAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key, BigDecimal value, String note,
                              LocalDate asOf, boolean estimated, Long expectedVersion) {
        this(sheetId, fiscalYear, key, value, note, asOf, estimated, null, null, expectedVersion);
    }

    /** A final figure as of {@code asOf}. */
    public RecordAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key, BigDecimal value, String note,
                              LocalDate asOf, Long expectedVersion) {
        this(sheetId, fiscalYear, key, value, note, asOf, false, null, null, expectedVersion);
    }

    /** A final figure as of 31 March at the end of its fiscal year. */
    public RecordAnnualActual(SheetId sheetId, FiscalYear fiscalYear, TargetKey key, BigDecimal value, String note,
                              Long expectedVersion) {
        this(sheetId, fiscalYear, key, value, note, null, false, null, null, expectedVersion);
    }
}
