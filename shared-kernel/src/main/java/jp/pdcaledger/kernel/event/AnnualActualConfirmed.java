package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The final figure of a target's actual that was recorded as an estimate (issue 21): the value, note and as-of date it
 * stands with now, and the estimate it replaces ({@code previousValue}, {@code previousNote}, {@code previousAsOf}),
 * so the history keeps the estimate. The dates are null for 31 March at the end of the fiscal year.
 */
public record AnnualActualConfirmed(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value,
                                    String note, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
                                    BigDecimal previousValue, String previousNote,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate previousAsOf)
        implements SheetEvent.FiscalYearEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.actualConfirmed(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.confirmActual(fiscalYear, target, value, note, asOf);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.changed("value", previousValue, value);
        fields.changed("note", previousNote, note);
        fields.changed("asOf", AuditPhrases.date(previousAsOf), AuditPhrases.date(asOf));
        fields.changed("estimated", true, null);
        return AuditPhrases.label(fiscalYear) + " の実績 " + target + " を確定: 見込 " + AuditPhrases.plain(previousValue)
                + AuditPhrases.asOf(fiscalYear, previousAsOf) + " → 確定値 " + AuditPhrases.plain(value)
                + AuditPhrases.asOf(fiscalYear, asOf);
    }
}
