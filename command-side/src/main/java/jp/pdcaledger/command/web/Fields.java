package jp.pdcaledger.command.web;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.sheet.AsOfDate;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

import java.time.LocalDate;
import java.util.function.Supplier;

/** Turns path segments and body parts into domain values, naming the field when they are not. */
final class Fields {

    private Fields() {
    }

    static SheetId sheetId(String text) {
        return named("sheetId", () -> SheetId.of(text));
    }

    static FiscalYear fiscalYear(String text) {
        return named("fiscalYear", () -> FiscalYear.parse(text));
    }

    /** {@code asOf} of an actual: absent for 31 March at the end of its fiscal year. */
    static LocalDate asOf(String text) {
        return named("asOf", () -> AsOfDate.parseOrNull(text));
    }

    /** A date typed in a body ({@code yyyy-MM-dd}, full-width digits too) as the field it is, or null. */
    static LocalDate date(String field, String text) {
        return named(field, () -> AsOfDate.parseOrNull(text));
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw InvalidCommandException.of(field, "がありません");
        }
        return value;
    }

    static <T> T named(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (InvalidValueException | NullPointerException invalid) {
            throw new InvalidCommandException(field, invalid.getMessage());
        }
    }
}
