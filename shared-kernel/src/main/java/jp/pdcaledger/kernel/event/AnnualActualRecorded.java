package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target's actual for a fiscal year.
 * <p>
 * {@code asOf} (issue 21) is the date the value stands as of when it is not 31 March at the end of the fiscal year
 * (「令和2年7月末時点」); null means that default. {@code estimated} (issue 21) is true for an estimate (見込み, 推計)
 * whose final figure comes later as {@link AnnualActualConfirmed}, null for a final figure (false is stored as null).
 * {@code status} and {@code achievedOn} (issue 21): a QUALITATIVE target's yearly status and the date it was achieved,
 * in place of a value (which is then null); null for every other target.
 * Each is written only when set, so the stored form of every event without them is the one stored before the fields
 * existed: no revision and no upcaster are needed.
 */
public record AnnualActualRecorded(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value,
                                   String note, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Boolean estimated,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) QualitativeStatus status,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate achievedOn)
        implements SheetEvent.FiscalYearEvent {

    public AnnualActualRecorded {
        estimated = Boolean.TRUE.equals(estimated) ? Boolean.TRUE : null;
    }

    /** A value, estimated or final, as of {@code asOf}. */
    public AnnualActualRecorded(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value, String note,
                                LocalDate asOf, Boolean estimated) {
        this(sheetId, fiscalYear, target, value, note, asOf, estimated, null, null);
    }

    /** A final figure as of {@code asOf}. */
    public AnnualActualRecorded(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value, String note,
                                LocalDate asOf) {
        this(sheetId, fiscalYear, target, value, note, asOf, null, null, null);
    }

    /** An actual as of 31 March at the end of its fiscal year, as every actual was before {@code asOf}. */
    public AnnualActualRecorded(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value, String note) {
        this(sheetId, fiscalYear, target, value, note, null, null, null, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.actualRecorded(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.recordActual(fiscalYear, target, value, note, asOf, estimated, status, achievedOn);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("value", value);
        fields.added("note", note);
        fields.added("asOf", asOf);
        fields.added("estimated", estimated);
        fields.added("status", AuditPhrases.statusLabel(status));
        fields.added("achievedOn", achievedOn);
        if (status != null) {
            return AuditPhrases.label(fiscalYear) + " の状況 " + target + " を記録: "
                    + AuditPhrases.status(status, achievedOn);
        }
        return AuditPhrases.label(fiscalYear) + " の実績 " + target + " を記録: " + AuditPhrases.plain(value)
                + AuditPhrases.asOf(fiscalYear, asOf) + (Boolean.TRUE.equals(estimated) ? "（見込）" : "");
    }
}
