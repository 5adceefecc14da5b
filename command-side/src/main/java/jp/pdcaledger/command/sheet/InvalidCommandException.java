package jp.pdcaledger.command.sheet;

/** The command names something the sheet cannot take (HTTP 400): the field and why. */
public class InvalidCommandException extends RuntimeException {

    private final String field;

    public InvalidCommandException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
