package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.web.ReadRefusal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The as-of control of the pages: a {@code datetime-local} field, which a browser sends without a zone, read as the
 * minute in Japan time that the person picked (the API's {@code asOf} takes an ISO instant instead).
 */
final class AsOfPicker {

    private AsOfPicker() {
    }

    static Instant instant(String minuteInJapan) {
        try {
            LocalDateTime local = LocalDateTime.parse(minuteInJapan.strip());
            if (local.getYear() < 1 || local.getYear() > 9999) {
                throw ReadRefusal.invalid("at", "日時が範囲外です: " + minuteInJapan);
            }
            return local.atZone(FiscalYear.JAPAN).toInstant();
        } catch (DateTimeParseException notADateTime) {
            throw ReadRefusal.invalid("at", "日時として読めません（例: 2026-11-26T09:00）: " + minuteInJapan);
        }
    }
}
