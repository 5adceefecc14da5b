package jp.pdcaledger.command.importing;

import java.util.List;

/** A {@code pdca-sheet/v1} document that cannot be taken whole (HTTP 400): every field at fault, by its path. */
public class InvalidDocumentException extends RuntimeException {

    /** A field at fault; {@code missingStep} names the workflow step the document skipped, when that is the fault. */
    public record FieldError(String field, String message, String missingStep) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    private final List<FieldError> errors;

    public InvalidDocumentException(List<FieldError> errors) {
        super(errors.size() + " 件の誤りがあるため取り込めません: " + errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
