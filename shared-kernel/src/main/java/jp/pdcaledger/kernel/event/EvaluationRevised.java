package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import java.util.Objects;

/**
 * The year's evaluation revised: its text (and grade) now and before. {@code grade} and {@code previousGrade}
 * (issue 21): codes of the sheet's grade scale, null for no grade; written only when set, so every revision stored
 * before the fields keeps its stored form.
 */
public record EvaluationRevised(SheetId sheetId, FiscalYear fiscalYear, String text, String previousText,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String grade,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String previousGrade)
        implements SheetEvent.FiscalYearEvent {

    /** A revision of an evaluation without a grade, before and after, as every revision was before grades. */
    public EvaluationRevised(SheetId sheetId, FiscalYear fiscalYear, String text, String previousText) {
        this(sheetId, fiscalYear, text, previousText, null, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.evaluationRevised(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.evaluation(fiscalYear, text, grade);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.changed("evaluation", previousText, text);
        fields.changed("grade", previousGrade, grade);
        return AuditPhrases.label(fiscalYear) + " の評価を修正" + (Objects.equals(previousGrade, grade) ? ""
                : "（区分 " + (previousGrade == null ? "なし" : previousGrade) + " → "
                + (grade == null ? "なし" : grade) + "）");
    }
}
