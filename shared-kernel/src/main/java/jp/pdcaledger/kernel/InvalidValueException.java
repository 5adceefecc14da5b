package jp.pdcaledger.kernel;

/**
 * A value that the domain cannot accept (an impossible fiscal year, a municipality code whose check digit
 * is wrong, a negative count …). The message says why, in words a user can act on.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
