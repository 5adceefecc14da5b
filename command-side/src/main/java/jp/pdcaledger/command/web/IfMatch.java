package jp.pdcaledger.command.web;

import jp.pdcaledger.command.sheet.InvalidCommandException;

/** Reads the version a client sends in {@code If-Match}: {@code 3}, {@code "3"} or {@code W/"3"}. */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException notAVersion) {
            throw new InvalidCommandException("If-Match", "If-Match にはシートのバージョン（0以上の整数）を指定してください: " + header);
        }
    }
}
