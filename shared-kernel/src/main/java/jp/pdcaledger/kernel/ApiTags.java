package jp.pdcaledger.kernel;

import java.util.List;

/**
 * The groups the API description sorts its operations into, in the order of the workflow: each endpoint names its
 * own beside its mapping ({@code @Operation(tags = …)}), and the description lists them with what each groups. Plain
 * names, so both sides and the app spell each once.
 */
public final class ApiTags {

    public static final String REGISTRATION = "シート登録";
    public static final String DO = "実施(D)";
    public static final String CHECK = "評価(C)";
    public static final String COUNCIL = "協議会等意見";
    public static final String ACT = "改善(A)";
    public static final String PUBLICATION = "公表";
    public static final String IMPORT = "取込";
    public static final String READ = "読み取り";
    public static final String AUDIT = "監査";
    public static final String DASHBOARD = "ダッシュボード";
    public static final String OPERATIONS = "運用";

    /** Each tag with what it groups. */
    public record Described(String name, String description) {
    }

    public static final List<Described> ALL = List.of(
            new Described(REGISTRATION, "シートの登録と目標値・活動指標の設定（計画 P） / Register a sheet, define and revise its targets and activity indicators (Plan)"),
            new Described(DO, "年度の実績の記録と訂正 / Record and correct a fiscal year's actuals (Do)"),
            new Described(CHECK, "担当部局の評価 / The department's evaluation of the year (Check)"),
            new Described(COUNCIL, "協議会等の意見、または特になし / The council's opinions, or none (特になし)"),
            new Described(ACT, "改善内容と年度の締め・再開 / The improvement for the next year, closing and reopening the year (Act)"),
            new Described(PUBLICATION, "締めた年度の公表と正誤を付けた再公表 / Publish a closed fiscal year, republish it with an erratum"),
            new Described(IMPORT, "pdca-sheet/v1 文書とブックの取込 / Import a pdca-sheet/v1 document or a sheet's workbook, upload an edited workbook"),
            new Described(READ, "シートの一覧、現在・過去時点の表示、書き出し / Sheet lists, the current and as-of views, exports"),
            new Described(AUDIT, "変更履歴、監査ログ、ハッシュチェーンの検証 / A sheet's history, the audit log, the hash chain's verification"),
            new Described(DASHBOARD, "目標の進捗の集計 / Progress of every target in scope"),
            new Described(OPERATIONS, "投影の管理 / The projections' administration"));

    private ApiTags() {
    }
}
