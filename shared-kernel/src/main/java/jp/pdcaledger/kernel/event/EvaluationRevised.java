package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * The year's evaluation revised: its text (and grade) now and before. {@code grade} and {@code previousGrade}
 * (issue 21): codes of the sheet's grade scale, null for no grade; written only when set, so every revision stored
 * before the fields keeps its stored form.
 */
public record EvaluationRevised(SheetId sheetId, FiscalYear fiscalYear, String text, String previousText,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String grade,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String previousGrade)
        implements FiscalYearEvent {

    /** A revision of an evaluation without a grade, before and after, as every revision was before grades. */
    public EvaluationRevised(SheetId sheetId, FiscalYear fiscalYear, String text, String previousText) {
        this(sheetId, fiscalYear, text, previousText, null, null);
    }
}
