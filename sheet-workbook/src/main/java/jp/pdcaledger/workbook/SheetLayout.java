package jp.pdcaledger.workbook;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each part of a sheet lies on the workbook's page, as the published sheet lays it out: the header, the
 * 計画(P)→実施(D) block (targets, 目標設定の考え方, the actuals per fiscal year, activity indicators), then a
 * 評価(C)→改善(A) block per fiscal year. Computed from the sheet's structure only (its targets, indicators and
 * period), never from what was reported, so the writer and the reader agree on every cell.
 * <p>
 * But for one thing: a spreadsheet cell holds at most {@value #CELL_LIMIT} characters (UTF-16 units), and events are
 * forever, so a text stored before the ledger bounded it to that (a year's opinions together, a text of characters
 * outside the BMP) goes on over as many rows below its cell as it needs. Every text the ledger accepts now fits one
 * cell, so for them the layout is the structure's alone, as the reader computes it from the plan.
 */
public final class SheetLayout {

    static final int SECTION_COLUMN = 0;
    static final int SUB_SECTION_COLUMN = 1;
    static final int ITEM_COLUMN = 2;
    static final int FIRST_VALUE_COLUMN = 3;
    private static final int MIN_LAST_COLUMN = 7;
    /** What one cell holds: 32,767 characters, counted as UTF-16 units (a character outside the BMP counts two). */
    public static final int CELL_LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    final List<Integer> fiscalYears = new ArrayList<>();
    final int lastColumn;

    final int titleRow = 0;
    final int headingRow = 1;
    final int departmentRow = 3;
    final int outcomeRow = 4;
    final int planFirstRow = 6;
    final int[] deadlineRow;
    final int[] targetRow;
    final int[] rationaleLabelRow;
    final int[] rationaleRow;
    /** How many rows each target's 目標設定の考え方 takes: one, unless it is longer than a cell holds. */
    final int[] rationaleRows;
    final int actualsHeadingRow;
    final int actualsYearsRow;
    final int[] actualRow;
    final int[] actualNoteRow;
    final int targetsLastRow;
    final int indicatorsHeadingRow;
    final int[] plannedRow;
    final int[] indicatorActualRow;
    final int[] indicatorNoteRow;
    final int planLastRow;
    private final Map<Integer, Integer> evaluationRows = new HashMap<>();
    /**
     * Per fiscal year, the row of its evaluation's grade (評価の区分), above the evaluation: only on a sheet with a
     * grade scale, so the layout of every other sheet (and of every workbook written before grades) is as it was.
     */
    private final Map<Integer, Integer> gradeRows = new HashMap<>();
    /** Per fiscal year, the rows its evaluation, opinions and improvement take: one each, unless longer than a cell. */
    private final Map<Integer, int[]> reviewRows = new HashMap<>();
    final int lastRow;

    private final Map<String, Integer> targetIndex = new HashMap<>();
    private final Map<String, Integer> indicatorIndex = new HashMap<>();
    private final Set<String> editable = new HashSet<>();

    SheetLayout(PdcaSheetDocument plan) {
        for (int year = plan.period().firstFiscalYear(); year <= plan.period().lastFiscalYear(); year++) {
            fiscalYears.add(year);
        }
        lastColumn = Math.max(MIN_LAST_COLUMN, FIRST_VALUE_COLUMN + fiscalYears.size() - 1);
        int targets = plan.targets().size();
        int indicators = plan.activityIndicators().size();
        deadlineRow = new int[targets];
        targetRow = new int[targets];
        rationaleLabelRow = new int[targets];
        rationaleRow = new int[targets];
        rationaleRows = new int[targets];
        actualRow = new int[targets];
        actualNoteRow = new int[targets];
        plannedRow = new int[indicators];
        indicatorActualRow = new int[indicators];
        indicatorNoteRow = new int[indicators];
        int row = planFirstRow;
        for (int i = 0; i < targets; i++) {
            targetIndex.put(plan.targets().get(i).key(), i);
            deadlineRow[i] = row++;
            targetRow[i] = row++;
            rationaleLabelRow[i] = row++;
            rationaleRow[i] = row;
            rationaleRows[i] = chunks(plan.targets().get(i).rationale()).size();
            row += rationaleRows[i];
        }
        actualsHeadingRow = row++;
        actualsYearsRow = row++;
        for (int i = 0; i < targets; i++) {
            actualRow[i] = row++;
            actualNoteRow[i] = row++;
            editableEveryYear(actualRow[i], actualNoteRow[i]);
        }
        targetsLastRow = row - 1;
        indicatorsHeadingRow = row++;
        for (int i = 0; i < indicators; i++) {
            indicatorIndex.put(plan.activityIndicators().get(i).key(), i);
            plannedRow[i] = row++;
            indicatorActualRow[i] = row++;
            indicatorNoteRow[i] = row++;
            editableEveryYear(indicatorActualRow[i], indicatorNoteRow[i]);
        }
        planLastRow = row - 1;
        for (int year : fiscalYears) {
            PdcaSheetDocument.FiscalYear review = plan.fiscalYears() == null ? null : plan.fiscalYears().stream()
                    .filter(y -> y != null && Integer.valueOf(year).equals(y.fiscalYear())).findFirst().orElse(null);
            int[] parts = review == null ? new int[]{1, 1, 1} : new int[]{chunks(review.evaluation()).size(),
                    chunks(SheetWorkbook.opinionsText(review)).size(), chunks(review.improvement()).size()};
            if (plan.gradeScale() != null) {
                gradeRows.put(year, row);
                editable.add(key(row++, FIRST_VALUE_COLUMN));
            }
            evaluationRows.put(year, row);
            reviewRows.put(year, parts);
            for (int part : parts) {
                for (int continued = 0; continued < part; continued++) {
                    editable.add(key(row++, FIRST_VALUE_COLUMN));
                }
            }
        }
        lastRow = row - 1;
    }

    /**
     * A text as the rows it is written on: itself, when it fits one cell; otherwise pieces of at most
     * {@value #CELL_LIMIT} characters, each ending at a line break where one is near (the row break stands for it),
     * never between the two halves of a surrogate pair.
     */
    static List<String> chunks(String text) {
        if (text == null || text.length() <= CELL_LIMIT) {
            return java.util.Collections.singletonList(text);
        }
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (text.length() - start > CELL_LIMIT) {
            int end = start + CELL_LIMIT;
            int lineBreak = text.lastIndexOf('\n', end);
            if (lineBreak > start + CELL_LIMIT / 2) {
                chunks.add(text.substring(start, lineBreak));
                start = lineBreak + 1;
            } else {
                int cut = Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
                chunks.add(text.substring(start, cut));
                start = cut;
            }
        }
        chunks.add(text.substring(start));
        return chunks;
    }

    int yearColumn(int fiscalYear) {
        return FIRST_VALUE_COLUMN + fiscalYears.indexOf(fiscalYear);
    }

    int evaluationRow(int fiscalYear) {
        return evaluationRows.get(fiscalYear);
    }

    /** Whether the sheet grades its evaluations: then each year's block has a grade row. */
    boolean graded() {
        return !gradeRows.isEmpty();
    }

    /** The grade row of a graded sheet's fiscal year. */
    int gradeRow(int fiscalYear) {
        return gradeRows.get(fiscalYear);
    }

    /** The first row of a fiscal year's 評価(C)→改善(A) block: its grade's on a graded sheet, else its evaluation's. */
    int reviewFirstRow(int fiscalYear) {
        return gradeRows.getOrDefault(fiscalYear, evaluationRow(fiscalYear));
    }

    int opinionsRow(int fiscalYear) {
        return evaluationRow(fiscalYear) + reviewRows.get(fiscalYear)[0];
    }

    int improvementRow(int fiscalYear) {
        return opinionsRow(fiscalYear) + reviewRows.get(fiscalYear)[1];
    }

    /** The last row of a fiscal year's 評価(C)→改善(A) block. */
    int reviewLastRow(int fiscalYear) {
        return improvementRow(fiscalYear) + reviewRows.get(fiscalYear)[2] - 1;
    }

    /** Whether staff may write in this cell: an actual, its note, a grade, an evaluation, opinions or an improvement. */
    boolean isEditable(int row, int column) {
        return editable.contains(key(row, column));
    }

    // ---- cell names, for refusals that say where the fault is ----------------------------------------------------

    /** The cell of a fiscal year's actual of a target or an activity indicator, e.g. {@code D16}. */
    public String actualCell(int fiscalYear, String key) {
        return name(actualRowOf(key), yearColumn(fiscalYear));
    }

    public String actualNoteCell(int fiscalYear, String key) {
        return name(actualRowOf(key) + 1, yearColumn(fiscalYear));
    }

    public String evaluationCell(int fiscalYear) {
        return name(evaluationRow(fiscalYear), FIRST_VALUE_COLUMN);
    }

    /** The cell of a fiscal year's grade; on a sheet without a grade scale, its evaluation's. */
    public String gradeCell(int fiscalYear) {
        return name(reviewFirstRow(fiscalYear), FIRST_VALUE_COLUMN);
    }

    public String opinionsCell(int fiscalYear) {
        return name(opinionsRow(fiscalYear), FIRST_VALUE_COLUMN);
    }

    public String improvementCell(int fiscalYear) {
        return name(improvementRow(fiscalYear), FIRST_VALUE_COLUMN);
    }

    /** The fiscal year's label cell, for a fault of the year as a whole. */
    public String fiscalYearCell(int fiscalYear) {
        return name(reviewFirstRow(fiscalYear), SUB_SECTION_COLUMN);
    }

    /** Where each answer was read from, by fiscal year and opinion ({@code 2025:1}); filled in as it is read. */
    final Map<String, String> answerCells = new HashMap<>();

    /** The cell of a target's guideline measure, on the sheet of the answers and measures. */
    public String measureCell(String key) {
        Integer target = targetIndex.get(key);
        return ResponsesSheet.NAME + "!" + name(ResponsesSheet.FIRST_TARGET_ROW + (target == null ? 0 : target),
                ResponsesSheet.CODE_COLUMN);
    }

    /** The cell an answer to a fiscal year's {@code opinion}-th opinion was read from; else the year's opinions. */
    public String answerCell(int fiscalYear, int opinion) {
        return answerCells.getOrDefault(fiscalYear + ":" + opinion, opinionsCell(fiscalYear));
    }

    private int actualRowOf(String key) {
        Integer target = targetIndex.get(key);
        if (target != null) {
            return actualRow[target];
        }
        return indicatorActualRow[indicatorIndex.get(key)];
    }

    static String name(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    /** A value row and its note row staff fill in, in every fiscal year's column. */
    private void editableEveryYear(int valueRow, int noteRow) {
        for (int column = 0; column < fiscalYears.size(); column++) {
            editable.add(key(valueRow, FIRST_VALUE_COLUMN + column));
            editable.add(key(noteRow, FIRST_VALUE_COLUMN + column));
        }
    }

    private static String key(int row, int column) {
        return row + ":" + column;
    }
}
