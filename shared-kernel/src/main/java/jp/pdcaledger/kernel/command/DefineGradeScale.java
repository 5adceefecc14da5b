package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.sheet.SheetId;

import java.util.List;

/**
 * Defines the scale the sheet grades its evaluations on (A 目標以上 / B 目標どおり / C 改善の余地あり; ◎ ○ △ ×),
 * best grade first, once.
 */
public record DefineGradeScale(SheetId sheetId, List<Grade> grades, Long expectedVersion) implements VersionedCommand {
}
