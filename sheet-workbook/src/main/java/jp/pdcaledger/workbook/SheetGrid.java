package jp.pdcaledger.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.Map;
import java.util.TreeMap;

/**
 * One worksheet as values only, held in memory no larger than the reader's row and column limits allow: what the
 * reader compares and takes, without POI's object model of the whole workbook. A sheet that goes past a limit keeps
 * what came before it and the first cell past it.
 */
final class SheetGrid {

    /** A cell's value as the reader needs it: its type, its text (or number, as written), its style, its formula. */
    static final class GridCell {

        final int row;
        final int column;
        CellType type;
        /** The string, the number or boolean as written in the XML, or the error code; null for a blank. */
        String value;
        final String formula;
        final int style;
        /** Where a shared string is in the workbook's table, until it is looked up; -1 once it is (or for others). */
        int sharedString = -1;

        GridCell(int row, int column, CellType type, String value, String formula, int style) {
            this.row = row;
            this.column = column;
            this.type = type;
            this.value = value;
            this.formula = formula;
            this.style = style;
        }

        String string() {
            return value == null ? "" : value;
        }

        double number() {
            return value == null || value.isEmpty() ? 0 : Double.parseDouble(value);
        }

        boolean bool() {
            return "1".equals(value) || "true".equalsIgnoreCase(value);
        }
    }

    final String name;
    private final TreeMap<Integer, TreeMap<Integer, GridCell>> rows = new TreeMap<>();
    private int lastRow = -1;
    /** The first cell past the row or column limit, and why, when the sheet went past one. */
    String overLimitCell;
    String overLimitMessage;

    SheetGrid(String name) {
        this.name = name;
    }

    /** A sheet POI has built (the page as the writer lays it out), as the same grid. */
    static SheetGrid of(Sheet sheet) {
        SheetGrid grid = new SheetGrid(sheet.getSheetName());
        for (Row row : sheet) {
            grid.row(row.getRowNum());
            for (Cell cell : row) {
                CellType type = cell.getCellType();
                String value = switch (type) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                    case BOOLEAN -> cell.getBooleanCellValue() ? "1" : "0";
                    case ERROR -> String.valueOf(cell.getErrorCellValue());
                    default -> null;
                };
                grid.put(new GridCell(cell.getRowIndex(), cell.getColumnIndex(), type, value,
                        type == CellType.FORMULA ? cell.getCellFormula() : null, cell.getCellStyle().getIndex()));
            }
        }
        return grid;
    }

    void row(int row) {
        lastRow = Math.max(lastRow, row);
        rows.computeIfAbsent(row, r -> new TreeMap<>());
    }

    void put(GridCell cell) {
        row(cell.row);
        rows.get(cell.row).put(cell.column, cell);
    }

    GridCell cell(int row, int column) {
        Map<Integer, GridCell> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }

    /** The last row's index, -1 for an empty sheet (as POI's {@code getLastRowNum}). */
    int lastRow() {
        return lastRow;
    }

    /** The last column with a cell in this row, -1 for none. */
    int lastColumn(int row) {
        TreeMap<Integer, GridCell> cells = rows.get(row);
        return cells == null || cells.isEmpty() ? -1 : cells.lastKey();
    }

    Iterable<GridCell> cells() {
        return () -> rows.values().stream().flatMap(cells -> cells.values().stream()).iterator();
    }
}
