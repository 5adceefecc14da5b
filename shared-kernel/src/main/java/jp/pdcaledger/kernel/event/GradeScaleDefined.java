package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.sheet.SheetId;

import java.util.List;

/**
 * The sheet's grade scale (issue 21), best grade first: the grades its evaluations may carry. Defined once; a new
 * event type, so every stream stored before it folds as it did.
 */
public record GradeScaleDefined(SheetId sheetId, List<Grade> grades) implements SheetEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.gradeScaleDefined(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.defineGradeScale(grades);
    }

    @Override
    public String describe(AuditFields fields) {
        String scale = String.join("／", grades.stream().map(grade -> grade.label() == null ? grade.code()
                : grade.code() + " " + grade.label()).toList());
        fields.added("gradeScale", scale);
        return "評価の区分を定義: " + scale;
    }
}
