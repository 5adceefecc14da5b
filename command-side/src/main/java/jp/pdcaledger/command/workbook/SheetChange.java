package jp.pdcaledger.command.workbook;

import java.math.BigDecimal;

/**
 * One difference between an uploaded workbook and the sheet, named as the command the API would take for it: where
 * it is ({@code cell}), which step ({@code command}, e.g. {@code RecordAnnualActual}) and what it says. A correction
 * or revision needs a reason. {@code fiscalYear} is null for a change of no year (a target's guideline measure).
 */
public record SheetChange(String cell, Integer fiscalYear, String command, String key, BigDecimal value, String note,
                          String text, boolean reasonRequired) {
}
