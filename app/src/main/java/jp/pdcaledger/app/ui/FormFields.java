package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.sheet.FiscalYear;

import java.text.Normalizer;
import java.util.function.Supplier;

/**
 * What the administrator's forms typed, turned into the values a command carries by the domain's own types; a value
 * they refuse is refused naming the command's field, so that the page can say it beside its input.
 */
final class FormFields {

    private FormFields() {
    }

    static <T> T named(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (InvalidValueException | NullPointerException invalid) {
            throw new InvalidCommandException(field, invalid.getMessage());
        }
    }

    /** A fiscal year typed in any of the domain's forms (2026, R8, 令和8年度, Ｒ８), or null for nothing typed. */
    static FiscalYear fiscalYear(String field, String typed) {
        String text = normalised(typed);
        return text.isEmpty() ? null : named(field, () -> FiscalYear.parse(text));
    }

    static String normalised(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** A name as typed, without the spaces around it; null for nothing typed. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A text (a rationale, a note, a reason) exactly as typed; null for nothing typed. */
    static String textOrNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
