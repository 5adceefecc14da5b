package jp.pdcaledger.workbook;

import java.util.List;

/** A workbook that cannot be taken: every fault, each with the cell it is in (or the file, when it is no cell's). */
public class InvalidWorkbookException extends RuntimeException {

    /** The whole file, for faults that are no one cell's: not a workbook, encrypted, a zip bomb, unsafe XML. */
    public static final String FILE = "ファイル";

    /** {@code cell} is a reference such as {@code D14} (or {@code pdca!B1} on the hidden sheet), or {@link #FILE}. */
    public record CellError(String cell, String message) {

        @Override
        public String toString() {
            return cell + ": " + message;
        }
    }

    private final List<CellError> errors;

    public InvalidWorkbookException(List<CellError> errors) {
        super(errors.size() + " 件の誤りがあるため読み込めません: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public static InvalidWorkbookException of(String cell, String message) {
        return new InvalidWorkbookException(List.of(new CellError(cell, message)));
    }

    public List<CellError> errors() {
        return errors;
    }
}
