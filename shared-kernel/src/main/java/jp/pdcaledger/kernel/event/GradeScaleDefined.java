package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.sheet.SheetId;

import java.util.List;

/**
 * The sheet's grade scale (issue 21), best grade first: the grades its evaluations may carry. Defined once; a new
 * event type, so every stream stored before it folds as it did.
 */
public record GradeScaleDefined(SheetId sheetId, List<Grade> grades) implements SheetEvent {
}
