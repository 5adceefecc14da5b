package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An activity indicator's actual (実績) for a fiscal year.
 * <p>
 * {@code asOf} (issue 21) is the date the value stands as of when it is not 31 March at the end of the fiscal year
 * (「令和2年7月末時点」); null means that default. It is written only when set, so the stored form of every event
 * without it is the one stored before the field existed: no revision and no upcaster are needed.
 */
public record ActivityActualRecorded(SheetId sheetId, FiscalYear fiscalYear, TargetKey indicator, BigDecimal value,
                                     String note, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf)
        implements SheetEvent.FiscalYearEvent {

    /** An actual as of 31 March at the end of its fiscal year, as every actual was before {@code asOf}. */
    public ActivityActualRecorded(SheetId sheetId, FiscalYear fiscalYear, TargetKey indicator, BigDecimal value,
                                  String note) {
        this(sheetId, fiscalYear, indicator, value, note, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.activityActualRecorded(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.recordActivityActual(fiscalYear, indicator, value, note, asOf);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("value", value);
        fields.added("note", note);
        fields.added("asOf", asOf);
        return AuditPhrases.label(fiscalYear) + " の活動指標実績 " + indicator + " を記録: " + AuditPhrases.plain(value)
                + AuditPhrases.asOf(fiscalYear, asOf);
    }
}
