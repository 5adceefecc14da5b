package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * The year's evaluation. {@code grade} (issue 21): a code of the sheet's grade scale, or null for an evaluation not
 * graded; written only when set, so every evaluation stored before the field keeps its stored form.
 */
public record EvaluationSubmitted(SheetId sheetId, FiscalYear fiscalYear, String text,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String grade) implements SheetEvent.FiscalYearEvent {

    /** An evaluation without a grade, as every evaluation was before grades. */
    public EvaluationSubmitted(SheetId sheetId, FiscalYear fiscalYear, String text) {
        this(sheetId, fiscalYear, text, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.evaluationSubmitted(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.evaluation(fiscalYear, text, grade);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("evaluation", text);
        fields.added("grade", grade);
        return AuditPhrases.label(fiscalYear) + " の評価を提出" + (grade == null ? "" : "（区分 " + grade + "）");
    }
}
