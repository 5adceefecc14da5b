package jp.pdcaledger.app.ui;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a {@code pdca-sheet/v1} document as a person reads it on the import page: its path in Japanese, with
 * the path itself after it for whoever edits the file ({@code fiscalYears[1].evaluation} is 年度 2 件目 › 評価（Ｃ）
 * （fiscalYears[1].evaluation））.
 */
final class DocumentFields {

    private static final Pattern SEGMENT = Pattern.compile("([^\\[]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("format", "形式"), Map.entry("municipality", "団体"), Map.entry("code", "コード"),
            Map.entry("name", "名称"), Map.entry("planTitles", "計画の名称"), Map.entry("period", "計画期間"),
            Map.entry("firstFiscalYear", "最初の年度"), Map.entry("lastFiscalYear", "最後の年度"),
            Map.entry("department", "担当部局"), Map.entry("councilName", "協議会等"),
            Map.entry("outcomeTarget", "成果目標"), Map.entry("number", "番号"), Map.entry("title", "名称"),
            Map.entry("targets", "目標"), Map.entry("key", "キー"), Map.entry("kind", "種類"), Map.entry("unit", "単位"),
            Map.entry("baseline", "基準値"), Map.entry("value", "値"), Map.entry("fiscalYear", "年度"),
            Map.entry("targetValue", "目標値"), Map.entry("deadlineFiscalYear", "目標年度"),
            Map.entry("direction", "方向"), Map.entry("cumulative", "累計"), Map.entry("note", "注記"),
            Map.entry("rationale", "目標設定の考え方"), Map.entry("goalText", "目標の内容"),
            Map.entry("activityIndicators", "活動指標"), Map.entry("planned", "見込量"),
            Map.entry("fiscalYears", "年度"), Map.entry("actuals", "実績"), Map.entry("target", "目標"),
            Map.entry("activityActuals", "活動指標の実績"), Map.entry("indicator", "活動指標"),
            Map.entry("evaluation", "評価（Ｃ）"), Map.entry("councilOpinions", "協議会等意見"),
            Map.entry("noCouncilOpinion", "特になし"), Map.entry("improvement", "改善（Ａ）"),
            Map.entry("gradeScale", "評価の段階"), Map.entry("grade", "評価の段階"), Map.entry("label", "名称"),
            Map.entry("status", "状況"), Map.entry("achievedOn", "達成日"), Map.entry("estimated", "見込み"),
            Map.entry("asOf", "時点"));

    private DocumentFields() {
    }

    /** {@code municipality.code} as 団体 › コード（municipality.code）; null for no field. */
    static String label(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        StringBuilder label = new StringBuilder();
        for (String segment : path.split("\\.")) {
            Matcher parts = SEGMENT.matcher(segment);
            if (!parts.matches()) {
                return path;
            }
            if (!label.isEmpty()) {
                label.append(" › ");
            }
            label.append(NAMES.getOrDefault(parts.group(1), parts.group(1)));
            Matcher index = INDEX.matcher(parts.group(2));
            while (index.find()) {
                label.append(' ').append(Integer.parseInt(index.group(1)) + 1).append(" 件目");
            }
        }
        return label + "（" + path + "）";
    }
}
