package jp.pdcaledger.kernel.sheet;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A prefecture by its JIS X 0401 code ({@code 01} 北海道 … {@code 47} 沖縄県): the first two digits of the code of
 * every municipality in it, and of the prefecture's own code (Kanagawa 140007), which is how roll-ups group sheets.
 */
public record Prefecture(String code, String name) {

    private static final List<String> NAMES = List.of(
            "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
            "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県",
            "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
            "鳥取県", "島根県", "岡山県", "広島県", "山口県",
            "徳島県", "香川県", "愛媛県", "高知県",
            "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    private static final List<Prefecture> ALL = IntStream.rangeClosed(1, NAMES.size())
            .mapToObj(number -> new Prefecture(String.format("%02d", number), NAMES.get(number - 1))).toList();

    /** The 47, in code order (north to south, as every national table lists them). */
    public static List<Prefecture> all() {
        return ALL;
    }

    /** The prefecture of a two-digit code; empty for anything else ({@code 00}, {@code 48}, {@code 1}). */
    public static Optional<Prefecture> of(String code) {
        if (code == null || !code.matches("\\d{2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(code);
        return number >= 1 && number <= ALL.size() ? Optional.of(ALL.get(number - 1)) : Optional.empty();
    }

    /** The prefecture a municipality (or a prefecture's own code) belongs to. */
    public static Prefecture of(MunicipalityCode municipality) {
        return of(municipality.value().substring(0, 2)).orElseThrow(() -> new IllegalArgumentException(
                "団体コード " + municipality + " の上2桁は都道府県コードではありません"));
    }
}
