package jp.pdcaledger.kernel.sheet;

import jp.pdcaledger.kernel.InvalidValueException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The date an actual stands as of, when it is not 31 March at the end of its fiscal year (「令和2年7月末時点」), as the
 * API, the exchange document and the workbook write it: {@code yyyy-MM-dd}, full- or half-width alike. Whether the
 * date suits the fiscal year is {@link FiscalYear#admitsAsOf}'s to say.
 */
public final class AsOfDate {

    private AsOfDate() {
    }

    /** @throws InvalidValueException saying why the text is not a date */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("時点の日付が空です");
        }
        String date = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException notADate) {
            throw new InvalidValueException("「" + text + "」は日付として読めません（例: 2020-07-31）");
        }
    }

    /** Null for null: an actual as of 31 March at the end of its fiscal year. */
    public static LocalDate parseOrNull(String text) {
        return text == null ? null : parse(text);
    }
}
