package jp.pdcaledger.query.web;

import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.SheetId;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Query parameters, read as the domain reads them, refused with the parameter's name. */
public final class QueryParams {

    private QueryParams() {
    }

    public static String sheetId(String text) {
        try {
            return SheetId.of(text).value();
        } catch (InvalidValueException invalid) {
            throw ReadRefusal.invalid("sheetId", invalid.getMessage());
        }
    }

    public static String municipality(String text) {
        try {
            return MunicipalityCode.of(text).value();
        } catch (InvalidValueException invalid) {
            throw ReadRefusal.invalid("municipality", invalid.getMessage());
        }
    }

    /** {@code 2018-2020} (first and last fiscal year, any accepted form) or {@code 2018} (first only). */
    public static int[] period(String text) {
        try {
            String[] parts = text.split("[-~〜]", 2);
            return parts.length == 1 ? new int[]{FiscalYear.parse(parts[0]).value()}
                    : new int[]{FiscalYear.parse(parts[0]).value(), FiscalYear.parse(parts[1]).value()};
        } catch (InvalidValueException invalid) {
            throw ReadRefusal.invalid("period", invalid.getMessage());
        }
    }

    /** The first and the last instant a query may name: what the database's time stamps and every reader can hold. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /**
     * An ISO-8601 instant with its offset, between the years 1 and 9999 (UTC). Java reads years up to ±999,999,999,
     * which no database column holds: such an instant would be clamped, or overflow, and filter nothing.
     */
    public static Instant instant(String field, String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            throw ReadRefusal.invalid(field, "ISO-8601 の日時（時差付き、例: 2020-04-01T00:00:00+09:00）で指定してください: " + text);
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ReadRefusal.invalid(field, "日時は 0001-01-01T00:00:00Z から 9999-12-31T23:59:59Z までです: " + text);
        }
        return instant;
    }

    public static int page(int page) {
        if (page < 0) {
            throw ReadRefusal.invalid("page", "0以上です");
        }
        return page;
    }

    public static int size(int size, int max) {
        if (size < 1 || size > max) {
            throw ReadRefusal.invalid("size", "1〜" + max + " です");
        }
        return size;
    }
}
