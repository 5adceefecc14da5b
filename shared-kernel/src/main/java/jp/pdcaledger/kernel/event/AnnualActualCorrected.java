package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target's actual corrected: the value and note it has now and had before.
 * <p>
 * {@code asOf} and {@code previousAsOf} (issue 21): the date the value stands as of after and before the correction
 * when it is not 31 March at the end of the fiscal year; null means that default. Each is written only when set, so
 * the stored form of every correction without them is the one stored before the fields existed. So are
 * {@code status}, {@code achievedOn} and their previous values (issue 21), a QUALITATIVE target's.
 */
public record AnnualActualCorrected(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value,
                                    String note, BigDecimal previousValue, String previousNote,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate previousAsOf,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) QualitativeStatus status,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate achievedOn,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) QualitativeStatus previousStatus,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate previousAchievedOn)
        implements SheetEvent.FiscalYearEvent {

    /** A correction of a value, with its as-of dates. */
    public AnnualActualCorrected(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value,
                                 String note, BigDecimal previousValue, String previousNote, LocalDate asOf,
                                 LocalDate previousAsOf) {
        this(sheetId, fiscalYear, target, value, note, previousValue, previousNote, asOf, previousAsOf, null, null,
                null, null);
    }

    /** A correction of an actual as of 31 March, before and after, as every correction was before {@code asOf}. */
    public AnnualActualCorrected(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value,
                                 String note, BigDecimal previousValue, String previousNote) {
        this(sheetId, fiscalYear, target, value, note, previousValue, previousNote, null, null, null, null, null, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.actualCorrected(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.correctActual(fiscalYear, target, value, note, asOf, status, achievedOn);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.changed("value", previousValue, value);
        fields.changed("note", previousNote, note);
        fields.changed("asOf", AuditPhrases.date(previousAsOf), AuditPhrases.date(asOf));
        fields.changed("status", AuditPhrases.statusLabel(previousStatus), AuditPhrases.statusLabel(status));
        fields.changed("achievedOn", AuditPhrases.date(previousAchievedOn), AuditPhrases.date(achievedOn));
        if (status != null || previousStatus != null) {
            return AuditPhrases.label(fiscalYear) + " の状況 " + target + " を訂正: "
                    + AuditPhrases.status(previousStatus, previousAchievedOn) + " → "
                    + AuditPhrases.status(status, achievedOn);
        }
        return AuditPhrases.label(fiscalYear) + " の実績 " + target + " を訂正: " + AuditPhrases.plain(previousValue)
                + AuditPhrases.asOf(fiscalYear, previousAsOf) + " → " + AuditPhrases.plain(value)
                + AuditPhrases.asOf(fiscalYear, asOf);
    }
}
