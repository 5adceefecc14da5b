package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An activity indicator's actual corrected: the value and note it has now and had before.
 * <p>
 * {@code asOf} and {@code previousAsOf} (issue 21): the date the value stands as of after and before the correction
 * when it is not 31 March at the end of the fiscal year; null means that default. Each is written only when set, so
 * the stored form of every correction without them is the one stored before the fields existed.
 */
public record ActivityActualCorrected(SheetId sheetId, FiscalYear fiscalYear, TargetKey indicator, BigDecimal value,
                                      String note, BigDecimal previousValue, String previousNote,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
                                      @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate previousAsOf)
        implements SheetEvent.FiscalYearEvent {

    /** A correction of an actual as of 31 March, before and after, as every correction was before {@code asOf}. */
    public ActivityActualCorrected(SheetId sheetId, FiscalYear fiscalYear, TargetKey indicator, BigDecimal value,
                                   String note, BigDecimal previousValue, String previousNote) {
        this(sheetId, fiscalYear, indicator, value, note, previousValue, previousNote, null, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.activityActualCorrected(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.correctActivityActual(fiscalYear, indicator, value, note, asOf);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.changed("value", previousValue, value);
        fields.changed("note", previousNote, note);
        fields.changed("asOf", AuditPhrases.date(previousAsOf), AuditPhrases.date(asOf));
        return AuditPhrases.label(fiscalYear) + " の活動指標実績 " + indicator + " を訂正: "
                + AuditPhrases.plain(previousValue) + AuditPhrases.asOf(fiscalYear, previousAsOf) + " → "
                + AuditPhrases.plain(value) + AuditPhrases.asOf(fiscalYear, asOf);
    }
}
