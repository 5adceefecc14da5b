package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.sheet.NumberLimits;

import java.math.BigDecimal;

/** The field checks every command shares, each failing with the field's name and a message in Japanese. */
final class Require {

    private Require() {
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw InvalidCommandException.of(field, "が空です");
        }
        return optionalText(field, value, maxLength);
    }

    static String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw InvalidCommandException.of(field, "が空白だけです（無い場合は null にしてください）");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw InvalidCommandException.of(field, "が長すぎます（" + maxLength + "文字まで）");
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw InvalidCommandException.of(field, "に制御文字が含まれています");
        }
        return value;
    }

    /**
     * Every number a command carries comes through here, from the API, the page forms, an import and an uploaded
     * workbook alike: within {@link NumberLimits} (checked on precision and scale, never by writing the number out)
     * and not negative.
     */
    static BigDecimal nonNegative(String field, BigDecimal value) {
        if (value == null) {
            throw InvalidCommandException.of(field, "がありません");
        }
        if (!NumberLimits.withinLimits(value)) {
            throw InvalidCommandException.of(field, "は" + NumberLimits.DESCRIPTION + ": "
                    + NumberLimits.text(value));
        }
        if (value.signum() < 0) {
            throw InvalidCommandException.of(field, "は0以上の数値です: " + NumberLimits.text(value));
        }
        return value;
    }

    static BigDecimal nonNegativeOrAbsent(String field, BigDecimal value) {
        return value == null ? null : nonNegative(field, value);
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw InvalidCommandException.of(field, "がありません");
        }
        return value;
    }
}
