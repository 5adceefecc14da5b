package jp.pdcaledger.kernel.sheet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jp.pdcaledger.kernel.InvalidValueException;
import java.text.Normalizer;

/**
 * 全国地方公共団体コード (JIS X 0402): five digits and a check digit, for municipalities (Kitakyushu 401005)
 * and prefectures (Kanagawa 140007) alike.
 */
public record MunicipalityCode(@JsonValue String value) {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    public MunicipalityCode {
        if (value == null || !value.matches("\\d{6}")) {
            throw new InvalidValueException("団体コードは6桁の数字です: " + value);
        }
        int expected = checkDigit(value);
        if (value.charAt(5) - '0' != expected) {
            throw new InvalidValueException("団体コード " + value + " の検査数字が合いません（6桁目は " + expected + " のはずです）");
        }
    }

    @JsonCreator
    public static MunicipalityCode of(String text) {
        return new MunicipalityCode(text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
    }

    /** Weights 6,5,4,3,2 on the first five digits; r = sum mod 11; check = (11 − r) mod 10. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
