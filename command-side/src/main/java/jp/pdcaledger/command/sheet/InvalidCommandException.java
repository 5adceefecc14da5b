package jp.pdcaledger.command.sheet;

/**
 * The command names something the sheet cannot take (HTTP 400): the field and why. A message that has the field as
 * its subject ({@code "reason が空です"}) keeps what it says of it apart ({@code "が空です"}), so that a page can say
 * the same with the field's own label ({@code "理由が空です"}) without taking the message apart.
 */
public class InvalidCommandException extends RuntimeException {

    private final String field;
    private final String predicate;

    public InvalidCommandException(String field, String detail) {
        this(field, detail, null);
    }

    private InvalidCommandException(String field, String detail, String predicate) {
        super(detail);
        this.field = field;
        this.predicate = predicate;
    }

    /** A refusal that says {@code predicate} of the field by its name: {@code "<field> <predicate>"}. */
    public static InvalidCommandException of(String field, String predicate) {
        return new InvalidCommandException(field, field + " " + predicate, predicate);
    }

    public String field() {
        return field;
    }

    /** What the message says of the field, when the field is its subject; null otherwise. */
    public String predicate() {
        return predicate;
    }
}
