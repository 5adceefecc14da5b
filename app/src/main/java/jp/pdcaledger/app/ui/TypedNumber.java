package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.kernel.sheet.NumberLimits;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A number as people type it into a form: full-width digits (２), digit grouping (1,500 or １，５００) and the target's
 * own unit after it (２人, 1,500 件) are the number; anything else is refused naming the field, and the page keeps what
 * was typed. Grouping must be by thousands, so that 1,5 (a decimal comma) is never read as 15.
 */
final class TypedNumber {

    /** No number a sheet can hold is written in more characters; parsing a million digits would take minutes. */
    static final int MAX_TEXT = 100;
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private TypedNumber() {
    }

    /** The number typed in {@code field}, or null for nothing typed. */
    static BigDecimal parse(String field, String typed, String unit) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > MAX_TEXT) {
            throw InvalidCommandException.of(field, "は" + NumberLimits.DESCRIPTION);
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        String ownUnit = unit == null ? null : Normalizer.normalize(unit, Normalizer.Form.NFKC).strip();
        if (ownUnit != null && !ownUnit.isEmpty() && text.endsWith(ownUnit)) {
            text = text.substring(0, text.length() - ownUnit.length()).strip();
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new InvalidCommandException(field, "数値ではありません: " + typed);
        }
    }
}
