package jp.pdcaledger.workbook;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML as it streams into a {@link SheetGrid}: cells and their values (shared strings only by
 * their index, looked up afterwards), nothing of rows' and cells' formatting but the style index, and nothing at
 * all past the first row or column over the limits: there it stops reading.
 */
final class SheetGridHandler extends DefaultHandler {

    /** Thrown to stop the parser at a limit; what was read until then stays in the grid. */
    static final class LimitReached extends SAXException {
        LimitReached() {
            super("limit reached");
        }
    }

    private final SheetGrid grid;
    private final int maxRows;
    private final int maxColumns;

    private int row = -1;
    private int column = -1;
    private String type;
    private int style;
    private StringBuilder value;
    private StringBuilder formula;
    private StringBuilder inline;
    private boolean inValue;
    private boolean inFormula;
    private boolean inText;
    private boolean inPhonetic;
    private final StringBuilder text = new StringBuilder();

    SheetGridHandler(SheetGrid grid, int maxRows, int maxColumns) {
        this.grid = grid;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                column = -1;
                if (row >= maxRows) {
                    overLimit(SheetLayout.name(row, 0), "行が多すぎます（上限 " + maxRows + " 行）");
                }
                grid.row(row);
            }
            case "c" -> {
                String reference = attributes.getValue("r");
                if (reference != null) {
                    CellReference at = new CellReference(reference);
                    column = at.getCol();
                    if (at.getRow() != row && at.getRow() >= 0) {
                        row = at.getRow();
                        if (row >= maxRows) {
                            overLimit(SheetLayout.name(row, 0), "行が多すぎます（上限 " + maxRows + " 行）");
                        }
                    }
                } else {
                    column++;
                }
                if (column >= maxColumns) {
                    overLimit(SheetLayout.name(row, column), "列が多すぎます（上限 " + maxColumns + " 列）");
                }
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                value = null;
                formula = null;
                inline = null;
            }
            case "v" -> {
                value = new StringBuilder();
                inValue = true;
            }
            case "f" -> {
                formula = new StringBuilder();
                inFormula = true;
            }
            case "is" -> inline = new StringBuilder();
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if (inline != null && !inPhonetic) {
                    inText = true;
                    text.setLength(0);
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        } else if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "t" -> {
                if (inText) {
                    inline.append(text);
                    inText = false;
                }
            }
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> grid.put(cell());
            default -> { }
        }
    }

    /** The cell as POI's {@code XSSFCell} would type it: a formula first, then by its {@code t} attribute. */
    private SheetGrid.GridCell cell() {
        String v = value == null ? null : value.toString();
        String f = formula == null ? null : formula.toString();
        if (f != null) {
            return new SheetGrid.GridCell(row, column, CellType.FORMULA, v, f, style);
        }
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> {
                SheetGrid.GridCell cell = new SheetGrid.GridCell(row, column, CellType.STRING, "", null, style);
                if (v != null && !v.isBlank()) {
                    cell.sharedString = Integer.parseInt(v.strip());
                    cell.value = null;
                }
                yield cell;
            }
            case "inlineStr" -> new SheetGrid.GridCell(row, column, CellType.STRING,
                    SharedStrings.decoded(v != null ? v : inline == null ? "" : inline.toString()), null, style);
            case "str", "d" -> new SheetGrid.GridCell(row, column, CellType.STRING,
                    SharedStrings.decoded(v == null ? "" : v), null, style);
            case "b" -> new SheetGrid.GridCell(row, column, CellType.BOOLEAN, v, null, style);
            case "e" -> new SheetGrid.GridCell(row, column, CellType.ERROR, v, null, style);
            default -> new SheetGrid.GridCell(row, column, v == null ? CellType.BLANK : CellType.NUMERIC, v, null, style);
        };
    }

    private void overLimit(String cell, String message) throws LimitReached {
        grid.overLimitCell = cell;
        grid.overLimitMessage = message;
        throw new LimitReached();
    }
}
