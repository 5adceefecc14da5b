package jp.pdcaledger.app.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every operation of the API as its description names it: a stable operationId (what a generated client's method is
 * called), its tag (the step of the workflow or the reader it serves), a summary in Japanese and English, who may call
 * it, and every status it can answer besides its success. Read from the code: the security filter chain for 401/403,
 * the write path's refusals for 400/404/409/422, the body limits for 413, the version waits and the database for 503.
 * An operation the service has that is missing here fails {@code OpenApiLintTest} (no summary), so none is forgotten.
 */
final class ApiOperations {

    static final String REGISTRATION = "シート登録";
    static final String DO = "実施(D)";
    static final String CHECK = "評価(C)";
    static final String COUNCIL = "協議会等意見";
    static final String ACT = "改善(A)";
    static final String PUBLICATION = "公表";
    static final String IMPORT = "取込";
    static final String READ = "読み取り";
    static final String AUDIT = "監査";
    static final String DASHBOARD = "ダッシュボード";
    static final String OPERATIONS = "運用";

    /** The tags in the order of the workflow, each with what it groups. */
    static final List<String[]> TAGS = List.of(
            new String[]{REGISTRATION, "シートの登録と目標値・活動指標の設定（計画 P） / Register a sheet, define and revise its targets and activity indicators (Plan)"},
            new String[]{DO, "年度の実績の記録と訂正 / Record and correct a fiscal year's actuals (Do)"},
            new String[]{CHECK, "担当部局の評価 / The department's evaluation of the year (Check)"},
            new String[]{COUNCIL, "協議会等の意見、または特になし / The council's opinions, or none (特になし)"},
            new String[]{ACT, "改善内容と年度の締め・再開 / The improvement for the next year, closing and reopening the year (Act)"},
            new String[]{PUBLICATION, "締めた年度の公表と正誤を付けた再公表 / Publish a closed fiscal year, republish it with an erratum"},
            new String[]{IMPORT, "pdca-sheet/v1 文書とブックの取込 / Import a pdca-sheet/v1 document or a sheet's workbook, upload an edited workbook"},
            new String[]{READ, "シートの一覧、現在・過去時点の表示、書き出し / Sheet lists, the current and as-of views, exports"},
            new String[]{AUDIT, "変更履歴、監査ログ、ハッシュチェーンの検証 / A sheet's history, the audit log, the hash chain's verification"},
            new String[]{DASHBOARD, "目標の進捗の集計 / Progress of every target in scope"},
            new String[]{OPERATIONS, "投影の管理 / The projections' administration"});

    /** A write's refusals: the body, the role, the sheet, the workflow or the version, the size, the type, the key, the database. */
    private static final Set<Integer> WRITE = Set.of(400, 401, 403, 404, 409, 413, 415, 422, 503);
    /** A write that makes a new sheet: no sheet to miss. */
    private static final Set<Integer> NEW_SHEET = Set.of(400, 401, 403, 409, 413, 415, 422, 503);
    /** A read of one sheet: a bad id or asOf, no sheet (or another municipality's), a view not caught up with minVersion. */
    private static final Set<Integer> SHEET_READ = Set.of(400, 401, 404, 503);
    /** A read restricted to some roles. */
    private static final Set<Integer> ROLE_READ = Set.of(400, 401, 403, 503);

    private static final List<Described> ALL = List.of(
            new Described("POST", "/api/sheets", "registerSheet", REGISTRATION,
                    "シートを登録する / Register a sheet", "ADMIN", NEW_SHEET),
            new Described("POST", "/api/sheets/{id}/targets", "defineTarget", REGISTRATION,
                    "目標値を設定する / Define a target", "ADMIN, STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/activity-indicators", "defineActivityIndicator", REGISTRATION,
                    "活動指標を設定する / Define an activity indicator", "ADMIN, STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/targets/{targetKey}/revisions", "reviseTarget", REGISTRATION,
                    "目標値を見直す / Revise a target", "ADMIN, STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/grade-scale", "defineGradeScale", REGISTRATION,
                    "評価の区分を定める / Define the sheet's grade scale (once)", "ADMIN, STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/targets/{targetKey}/classification", "classifyTarget", REGISTRATION,
                    "目標を基本指針の施策に分類する / Classify a target under a measure of the national guideline",
                    "ADMIN, STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/actuals", "recordAnnualActual", DO,
                    "実績を記録する / Record an annual actual", "STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/actuals/{targetKey}/corrections",
                    "correctAnnualActual", DO, "実績を訂正する / Correct an annual actual", "STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/actuals/{targetKey}/confirmation",
                    "confirmAnnualActual", DO,
                    "見込みの実績を確定値にする / Confirm an estimated actual with its final figure",
                    "STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/evaluation", "evaluate", CHECK,
                    "評価を記入・修正する / Submit or revise the evaluation", "STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/council-opinions", "hearCouncil", COUNCIL,
                    "協議会等意見を記録する / Record a council opinion or none", "COUNCIL (own municipality), STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/council-opinions/{n}/response",
                    "respondToCouncilOpinion", COUNCIL,
                    "協議会等意見に回答する・回答を修正する / Answer a council opinion, or revise the answer",
                    "STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/improvement", "planImprovement", ACT,
                    "改善内容を記入する / Plan the improvement", "STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/close", "closeReview", ACT,
                    "年度を締める / Close the fiscal year's review", "STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/reopen", "reopenReview", ACT,
                    "締めた年度を再開する / Reopen a closed review", "STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/fiscal-years/{fy}/publications", "publishFiscalYear", PUBLICATION,
                    "締めた年度を公表する・正誤を付けて再公表する / Publish a closed fiscal year, or republish it with an erratum",
                    "ADMIN, STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/{id}/next-period", "startNextPeriod", REGISTRATION,
                    "次期のシートを登録する（計画期間の繰越し） / Roll the plan period over into the next period's sheet",
                    "ADMIN, STAFF (own sheets)", WRITE),
            new Described("POST", "/api/sheets/import", "importSheet", IMPORT,
                    "シートを取り込む / Import a pdca-sheet/v1 document or a workbook as a new sheet", "ADMIN", NEW_SHEET),
            new Described("POST", "/api/sheets/{id}/xlsx", "uploadWorkbook", IMPORT,
                    "編集したブックを反映する / Upload an edited workbook", "ADMIN, STAFF (own sheets)", WRITE),
            new Described("GET", "/api/sheets", "listSheets", READ,
                    "シートの一覧 / List sheets", "every role (own municipality for STAFF and COUNCIL)", Set.of(400, 401, 403, 503)),
            new Described("GET", "/api/sheets/{id}", "getSheet", READ,
                    "シートを表示する（現在または過去時点） / Read a sheet, now or as of a time", "every role", SHEET_READ),
            new Described("GET", "/api/sheets/{id}/export", "exportSheet", READ,
                    "シートを pdca-sheet/v1 で書き出す / Export a sheet as pdca-sheet/v1", "every role", SHEET_READ),
            new Described("GET", "/api/sheets/{id}/xlsx", "downloadSheetWorkbook", READ,
                    "シートのブックを取得する / Download a sheet's workbook", "every role", SHEET_READ),
            new Described("GET", "/api/sheets/{id}/carry-over", "getCarryOver", READ,
                    "前期からの引継ぎ（新しい基準値と未達成分） / What the period before proposes: new baselines, unmet shares",
                    "every role", SHEET_READ),
            new Described("GET", "/api/sheets/{id}/history", "getSheetHistory", AUDIT,
                    "シートの変更履歴 / A sheet's history", "AUDITOR, ADMIN", Set.of(400, 401, 403, 404, 503)),
            new Described("GET", "/api/audit", "searchAuditLog", AUDIT,
                    "監査ログを検索する / Search the audit log", "AUDITOR, ADMIN", ROLE_READ),
            new Described("GET", "/api/audit/verify", "verifyHashChain", AUDIT,
                    "ハッシュチェーンを検証する / Verify the hash chain", "AUDITOR, ADMIN", Set.of(401, 403, 409, 503)),
            new Described("GET", "/api/dashboard", "getDashboard", DASHBOARD,
                    "進捗の集計 / The dashboard", "DASHBOARD, AUDITOR, ADMIN, STAFF", ROLE_READ),
            new Described("GET", "/api/dashboard/version", "getDashboardVersion", DASHBOARD,
                    "集計の版 / The dashboard's version", "DASHBOARD, AUDITOR, ADMIN, STAFF", ROLE_READ),
            new Described("GET", "/api/dashboard/xlsx", "downloadDashboardWorkbook", DASHBOARD,
                    "集計のブックを取得する / Download the dashboard as a workbook", "DASHBOARD, AUDITOR, ADMIN, STAFF", ROLE_READ),
            new Described("GET", "/api/rollups", "getRollup", DASHBOARD,
                    "基本指針の施策ごとの都道府県・全国集計（市町村への掘り下げ） / Municipal targets rolled up per prefecture"
                            + " and nationally against the guideline, or one prefecture by municipality",
                    "DASHBOARD, AUDITOR, ADMIN, STAFF (the nation by prefecture; of its own prefecture the total and its own row)",
                    ROLE_READ),
            new Described("GET", "/api/due", "listDue", DASHBOARD,
                    "期限を過ぎた手順と未回答の意見 / What is due: steps past their date, opinions not answered", "every role",
                    Set.of(400, 401, 403, 503)),
            new Described("GET", "/api/admin/projections", "listProjections", OPERATIONS,
                    "投影の進み具合 / Every projection's progress", "ADMIN", Set.of(401, 403, 503)),
            new Described("GET", "/api/admin/projections/{name}", "getProjection", OPERATIONS,
                    "投影の進み具合（一つ） / One projection's progress", "ADMIN", ROLE_READ),
            new Described("POST", "/api/admin/projections/{name}/rebuild", "rebuildProjection", OPERATIONS,
                    "投影を作り直す / Rebuild a projection", "ADMIN", ROLE_READ),
            new Described("POST", "/api/admin/projections/{name}/dead-letters/retry", "retryParkedEvents", OPERATIONS,
                    "保留したイベントを再処理する / Retry a projection's parked events", "ADMIN", ROLE_READ));

    private ApiOperations() {
    }

    static Optional<Described> of(String method, String path) {
        return ALL.stream().filter(operation -> operation.method().equals(method) && operation.path().equals(path))
                .findFirst();
    }

    /** One operation; {@code refusals}: every status it answers besides its success. */
    record Described(String method, String path, String operationId, String tag, String summary, String roles,
                     Set<Integer> refusals) {
    }
}
