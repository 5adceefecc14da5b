package jp.pdcaledger.app.ui;

import jp.pdcaledger.kernel.sheet.FiscalYear;

import java.util.Map;

/** What the page says after a step was stored, so that a form never looks as if nothing happened. */
final class StepMessages {

    private StepMessages() {
    }

    static String stored(String step, FiscalYear fiscalYear, Map<String, String> form) {
        String year = fiscalYear.japaneseLabel();
        return switch (step) {
            case "actual" -> year + "の実績を記録しました（" + form.getOrDefault("value", "")
                    + ("on".equals(form.get("estimated")) ? "、見込み" : "") + "）";
            case "confirmation" -> year + "の見込みを確定値にしました（" + form.getOrDefault("value", "") + "）";
            case "correction" -> year + "の実績を訂正しました（" + form.getOrDefault("value", "") + "、理由: "
                    + form.getOrDefault("reason", "") + "）";
            case "evaluation" -> year + "の評価（Ｃ）を提出しました";
            case "revision" -> year + "の評価（Ｃ）を修正しました（理由: " + form.getOrDefault("reason", "") + "）";
            case "opinion" -> "on".equals(form.get("none")) ? year + "の協議会等意見を「特になし」と記録しました"
                    : opinion(year, form.getOrDefault("text", ""));
            case "activity-actual" -> year + "の活動指標の実績を記録しました（" + form.getOrDefault("value", "") + "）";
            case "activity-correction" -> year + "の活動指標の実績を訂正しました（" + form.getOrDefault("value", "")
                    + "、理由: " + form.getOrDefault("reason", "") + "）";
            case "improvement" -> year + "の改善（Ａ）を記録しました";
            case "improvement-revision" -> year + "の改善（Ａ）を修正しました（理由: " + form.getOrDefault("reason", "") + "）";
            case "answer" -> year + "の協議会等意見（" + form.getOrDefault("opinion", "") + "件目）への対応を記録しました"
                    + (form.getOrDefault("reason", "").isBlank() ? "" : "（理由: " + form.get("reason") + "）");
            case "close" -> year + "の評価を締め切りました";
            case "reopen" -> year + "の評価を再開しました（理由: " + form.getOrDefault("reason", "") + "）";
            case "publish" -> year + (form.getOrDefault("erratum", "").isBlank() ? "を公表しました"
                    : "を正誤を付けて再公表しました") + "。公開ページで、サインインせずに誰でも読めます";
            default -> year + "の記録を保存しました";
        };
    }

    /**
     * One form is one opinion: lines typed or pasted together stay one opinion (the page never splits them), and the
     * page says so, with the way to add the next one.
     */
    private static String opinion(String year, String text) {
        return year + "の協議会等意見を1件記録しました"
                + (text.strip().lines().count() > 1 ? "（改行を含めて一つの意見として記録しています）" : "")
                + "。ほかにも意見があれば、続けて次の意見を追加できます";
    }

    /**
     * What an uploaded workbook stored, read from the versions: the one it was exported at and the sheet's after the
     * upload. The same version means the workbook said what the sheet already says, and nothing was stored.
     */
    static String uploaded(Long exportedVersion, long version) {
        if (exportedVersion != null && exportedVersion == version) {
            return "ブックに変更はありませんでした（何も記録していません）";
        }
        return "ブックを取り込みました（" + (exportedVersion == null ? "" : (version - exportedVersion) + "件の変更を記録、")
                + "シートの版 " + version + "）";
    }
}
