package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import jp.pdcaledger.workbook.SheetLayout;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static jp.pdcaledger.app.support.Workbooks.XLSX;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excel in, Excel out: the sheet as a workbook laid out like the published sheet, the dashboard's collection as a
 * workbook, and an edited workbook uploaded back as the commands the API would take, all or nothing. Bad workbooks
 * are refused naming the cell, and store nothing.
 */
public interface WorkbookContract extends ApiTest {

    JsonMapper JSON = JsonMapper.builder().build();

    // ---- helpers in the domain's words --------------------------------------------------------------------------

    default String seedSheet() {
        return new Sheets(this).seed();
    }

    /** The sheet's workbook as a reader downloads it, once the view has caught up with {@code version}. */
    default byte[] exported(String user, String sheetId, long version) {
        Api.Response caughtUp = api().as(user).get("/api/sheets/" + sheetId + "?minVersion=" + version);
        assertThat(caughtUp.status()).as(caughtUp.toString()).isEqualTo(200);
        Api.Download download = api().as(user).download("/api/sheets/" + sheetId + "/xlsx");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        return download.body();
    }

    default Api.Response upload(String user, String sheetId, byte[] workbook, String query) {
        return api().as(user).post("/api/sheets/" + sheetId + "/xlsx" + query, workbook, XLSX);
    }

    /** A sheet for FY2024–FY2026 whose FY2024 review has gone as far as the improvement; answers its id. */
    default String sheetWithFy2024Reviewed() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2024, "improvement");
        return id;
    }

    default long versionOf(String sheetId) {
        List<StoredEvent> stored = events().of(sheetId);
        return stored.get(stored.size() - 1).sequence();
    }

    static SheetLayout cells(byte[] workbook) {
        return SheetWorkbook.read(workbook).cells();
    }

    /** A refused workbook: 400, a problem naming {@code cell} first, its message "cell: why", nothing stored. */
    default JsonNode assertRefused(Api.Response response, String cell, long eventsBefore) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:pdca-ledger:problem:invalid-input");
        assertThat(problem.get("field").asString()).as(response.toString()).isEqualTo(cell);
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith(cell + ": ");
        assertThat(events().count()).as("events stored by a refused workbook").isEqualTo(eventsBefore);
        return problem;
    }

    // ---- export -------------------------------------------------------------------------------------------------

    @Test
    default void the_seed_exports_as_a_workbook_laid_out_as_the_published_sheet() {
        String seed = seedSheet();

        Api.Download download = api().as("staff").download("/api/sheets/" + seed + "/xlsx");

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.response().contentType()).isEqualTo(XLSX);
        assertThat(download.response().header("ETag")).isEqualTo("\"16\"");
        assertThat(download.response().header("Content-Disposition")).startsWith("attachment;").contains(".xlsx");
        try (XSSFWorkbook book = Workbooks.open(download.body())) {
            List<String> texts = new ArrayList<>();
            for (Row row : book.getSheet(Workbooks.PAGE)) {
                row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                });
            }
            assertThat(texts).contains("第５期北九州市障害福祉計画・第１期北九州市障害児福祉計画の", "目標等の管理シート",
                    "保健福祉局 障害福祉部", "（３）地域生活支援拠点等の整備", "○令和２年度末までの目標値", "特になし",
                    "・地域生活支援拠点の整備を急いで欲しいです。\n・取り組みを具体化させて欲しいです。");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    default void an_as_of_workbook_shows_the_sheet_as_it_stood_then() {
        String id = new Sheets(this).registeredWithTarget();
        String before = java.time.Instant.now().toString();
        new Sheets(this).stepsUpTo(id, 2024, "actual");

        Api.Download then = api().as("auditor").download("/api/sheets/" + id + "/xlsx?asOf=" + before);

        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        SheetWorkbook.Read read = SheetWorkbook.read(then.body());
        assertThat(read.document().fiscalYears()).isEmpty();
        assertThat(read.origin().version()).isEqualTo(1L);
    }

    @Test
    default void an_auditor_may_export_and_staff_of_another_municipality_may_not() {
        String seed = seedSheet();
        ObjectNode fukuoka = ImportContract.freshDocument();
        String other = api().as("admin").post("/api/sheets/import", fukuoka).json().get("sheetId").asString();
        exported("admin", other, 16);

        assertThat(api().as("auditor").download("/api/sheets/" + seed + "/xlsx").status()).isEqualTo(200);
        assertThat(api().as("staff").download("/api/sheets/" + other + "/xlsx").status())
                .as("another municipality's sheet, as if there were none").isEqualTo(404);
        assertThat(api().anonymous().download("/api/sheets/" + seed + "/xlsx").status()).isEqualTo(401);
    }

    /** A browser's session: signed in with the pages' form as {@code user}, its cookies kept. */
    default java.net.http.HttpClient signedIn(String user) throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        String login = page(browser, "/login");
        browser.send(java.net.http.HttpRequest.newBuilder(api().uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user
                        + "&_csrf=" + csrfOf(login))).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    default String page(java.net.http.HttpClient browser, String path) throws Exception {
        return browser.send(java.net.http.HttpRequest.newBuilder(api().uri(path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    static String csrfOf(String page) {
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("a form's CSRF token").isTrue();
        return csrf.group(1);
    }

    /** The sheet page's upload form sent with {@code workbook} as its file: answers the page shown after it. */
    default String uploadFromThePage(java.net.http.HttpClient browser, String sheetId, byte[] workbook) throws Exception {
        String boundary = "pdca-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrfOf(page(browser, "/sheets/" + sheetId)) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sheet.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpResponse<String> answer = browser.send(java.net.http.HttpRequest.newBuilder(
                        api().uri("/sheets/" + sheetId + "/xlsx"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    default void the_sheet_page_offers_its_workbook_to_the_signed_in_reader() throws Exception {
        String seed = seedSheet();
        java.net.http.HttpClient browser = signedIn("auditor");

        String page = page(browser, "/sheets/" + seed);
        java.net.http.HttpResponse<byte[]> download = browser.send(java.net.http.HttpRequest.newBuilder(
                api().uri("/sheets/" + seed + "/xlsx")).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page).contains("href=\"/sheets/" + seed + "/xlsx\"").doesNotContain("form class=\"upload\"");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(SheetWorkbook.read(download.body()).origin()).isEqualTo(new SheetWorkbook.Origin(seed, 16L));
    }

    @Test
    default void staff_upload_an_edited_workbook_from_the_sheet_page_and_see_it_stored() throws Exception {
        String id = sheetWithFy2024Reviewed();
        byte[] exported = exported("staff", id, versionOf(id));
        byte[] edited = Workbooks.withNumber(exported, cells(exported).actualCell(2025, Sheets.TARGET), 181);
        java.net.http.HttpClient browser = signedIn("staff");

        String page = uploadFromThePage(browser, id, edited);

        List<StoredEvent> stored = events().of(id);
        assertThat(stored.get(stored.size() - 1).type()).isEqualTo("AnnualActualRecorded");
        assertThat(JSON.readTree(stored.get(stored.size() - 1).metadata()).get("actor").asString()).isEqualTo("staff");
        assertThat(page).contains("181").doesNotContain("class=\"error\"");
    }

    @Test
    default void a_workbook_refused_on_the_sheet_page_lists_its_cells_and_stores_nothing() throws Exception {
        String seed = seedSheet();
        java.net.http.HttpClient browser = signedIn("staff");
        long before = events().count();

        String page = uploadFromThePage(browser, seed, Workbooks.foreign());

        assertThat(page).contains("pdca!B1: このサービスが書き出したブックではありません");
        assertThat(events().count()).isEqualTo(before);
    }

    // ---- upload -------------------------------------------------------------------------------------------------

    @Test
    default void uploading_the_seed_workbook_unchanged_is_no_changes_and_stores_nothing() {
        String seed = seedSheet();
        byte[] workbook = exported("staff", seed, 16);
        long before = events().count();

        Api.Response dryRun = upload("staff", seed, workbook, "?dryRun=true");
        Api.Response real = upload("staff", seed, workbook, "");

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("changes")).isEmpty();
        assertThat(dryRun.json().get("version").asLong()).isEqualTo(16);
        assertThat(real.status()).as(real.toString()).isEqualTo(200);
        assertThat(real.json().get("version").asLong()).isEqualTo(16);
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_workbook_with_a_new_fiscal_years_actual_and_evaluation_stores_exactly_those_two_events_by_the_uploader() {
        String id = sheetWithFy2024Reviewed();
        byte[] exported = exported("staff", id, versionOf(id));
        SheetLayout cells = cells(exported);
        byte[] edited = Workbooks.withText(Workbooks.withNumber(exported, cells.actualCell(2025, Sheets.TARGET), 180),
                cells.evaluationCell(2025), "グループホームの整備が進みました。\n引き続き取り組みます。");

        Api.Response response = upload("staff", id, edited, "");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("version").asLong()).isEqualTo(7);
        List<StoredEvent> stored = events().of(id);
        List<StoredEvent> added = stored.subList(6, stored.size());
        assertThat(added).extracting(StoredEvent::type).containsExactly("AnnualActualRecorded", "EvaluationSubmitted");
        assertThat(JSON.readTree(added.get(0).payload()).get("value").decimalValue()).isEqualByComparingTo("180");
        assertThat(JSON.readTree(added.get(0).payload()).get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(JSON.readTree(added.get(1).payload()).get("text").asString())
                .isEqualTo("グループホームの整備が進みました。\n引き続き取り組みます。");
        assertThat(added).allSatisfy(event ->
                assertThat(JSON.readTree(event.metadata()).get("actor").asString()).isEqualTo("staff"));
    }

    @Test
    default void a_dry_run_lists_the_changes_by_cell_and_stores_nothing() {
        String id = sheetWithFy2024Reviewed();
        byte[] exported = exported("staff", id, versionOf(id));
        SheetLayout cells = cells(exported);
        byte[] edited = Workbooks.withNumber(exported, cells.actualCell(2025, Sheets.TARGET), 180);
        long before = events().count();

        Api.Response response = upload("staff", id, edited, "?dryRun=true");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode change = response.json().get("changes").get(0);
        assertThat(response.json().get("changes")).hasSize(1);
        assertThat(change.get("cell").asString()).isEqualTo(cells.actualCell(2025, Sheets.TARGET));
        assertThat(change.get("command").asString()).isEqualTo("RecordAnnualActual");
        assertThat(change.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(change.get("value").decimalValue()).isEqualByComparingTo("180");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_correction_needs_a_reason_and_then_stores_it_with_the_correction() {
        String id = sheetWithFy2024Reviewed();
        byte[] exported = exported("staff", id, versionOf(id));
        String actual = cells(exported).actualCell(2024, Sheets.TARGET);
        byte[] corrected = Workbooks.withNumber(exported, actual, 176);
        long before = events().count();

        Api.Response withoutReason = upload("staff", id, corrected, "");
        Api.Response withReason = upload("staff", id, corrected, "?reason="
                + java.net.URLEncoder.encode("集計誤りの訂正", StandardCharsets.UTF_8));

        assertThat(withoutReason.status()).as(withoutReason.toString()).isEqualTo(400);
        assertThat(withoutReason.json().get("field").asString()).isEqualTo("reason");
        assertThat(withoutReason.json().get("detail").asString()).contains(actual);
        assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);
        StoredEvent correction = events().of(id).get(6);
        assertThat(correction.type()).isEqualTo("AnnualActualCorrected");
        assertThat(JSON.readTree(correction.metadata()).get("reason").asString()).isEqualTo("集計誤りの訂正");
        assertThat(events().count()).isEqualTo(before + 1);
    }

    @Test
    default void an_improvement_rewritten_in_the_workbook_is_revised_with_the_uploads_reason() {
        String id = sheetWithFy2024Reviewed();
        byte[] exported = exported("staff", id, versionOf(id));
        String cell = cells(exported).improvementCell(2024);
        byte[] rewritten = Workbooks.withText(exported, cell, "次年度は相談支援専門員を２名増やします。");
        long before = events().count();

        Api.Response withoutReason = upload("staff", id, rewritten, "");
        assertThat(withoutReason.status()).as(withoutReason.toString()).isEqualTo(400);
        assertThat(withoutReason.json().get("field").asString()).isEqualTo("reason");
        assertThat(withoutReason.json().get("detail").asString()).contains(cell);
        assertThat(events().count()).as("nothing stored").isEqualTo(before);

        Api.Response withReason = upload("staff", id, rewritten, "?reason="
                + java.net.URLEncoder.encode("人数の記載漏れ", StandardCharsets.UTF_8));
        assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);
        StoredEvent revision = events().of(id).get(events().of(id).size() - 1);
        assertThat(revision.type()).isEqualTo("ImprovementRevised");
        assertThat(JSON.readTree(revision.payload()).get("text").asString()).isEqualTo("次年度は相談支援専門員を２名増やします。");
        assertThat(JSON.readTree(revision.metadata()).get("reason").asString()).isEqualTo("人数の記載漏れ");
        assertThat(events().count()).isEqualTo(before + 1);
    }

    @Test
    default void a_workbook_of_a_sheet_that_moved_since_its_export_is_409_and_stores_nothing() {
        String id = sheetWithFy2024Reviewed();
        byte[] exported = exported("staff", id, versionOf(id));
        api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                java.util.Map.of("key", Sheets.TARGET, "value", 1));
        byte[] edited = Workbooks.withText(exported, cells(exported).improvementCell(2024), "x");
        long before = events().count();

        Api.Response response = upload("staff", id, edited, "");

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:version-conflict");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void an_evaluation_before_the_years_actual_is_409_naming_the_cell_and_the_missing_step() {
        String id = sheetWithFy2024Reviewed();
        byte[] exported = exported("staff", id, versionOf(id));
        String evaluation = cells(exported).evaluationCell(2025);
        long before = events().count();

        Api.Response response = upload("staff", id, Workbooks.withText(exported, evaluation, "評価"), "");

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.json().get("missingStep").asString()).isEqualTo("RecordAnnualActual");
        assertThat(response.json().get("detail").asString()).startsWith(evaluation + ": ");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void erasing_a_recorded_opinion_is_refused_naming_its_cell() {
        String seed = seedSheet();
        byte[] exported = exported("staff", seed, 16);
        String opinions = cells(exported).opinionsCell(2018);
        long before = events().count();

        assertRefused(upload("staff", seed, Workbooks.withText(exported, opinions, "・取り組みを具体化させて欲しいです。"), ""),
                opinions, before);
    }

    @Test
    default void staff_of_another_municipality_and_the_council_may_not_upload() {
        ObjectNode fukuoka = ImportContract.freshDocument();
        String other = api().as("admin").post("/api/sheets/import", fukuoka).json().get("sheetId").asString();
        byte[] workbook = exported("admin", other, 16);
        String seed = seedSheet();
        byte[] seedWorkbook = exported("staff", seed, 16);
        long before = events().count();

        Api.Response otherStaff = upload("staff", other, workbook, "");
        Api.Response council = upload("council", seed, seedWorkbook, "");

        // another municipality's sheet is answered as if it did not exist; the council's role may not upload at all
        assertThat(otherStaff.status()).as(otherStaff.toString()).isEqualTo(404);
        assertThat(otherStaff.contentType()).startsWith("application/problem+json");
        assertThat(otherStaff.body()).doesNotContain(fukuoka.get("municipality").get("code").asString());
        assertThat(council.status()).as(council.toString()).isEqualTo(403);
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_form_upload_from_the_page_is_taken_like_the_raw_body() {
        String seed = seedSheet();
        byte[] workbook = exported("staff", seed, 16);
        String boundary = "pdca-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"seed.xlsx\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        Api.Response response = api().as("staff").post("/api/sheets/" + seed + "/xlsx?dryRun=true", body.toByteArray(),
                "multipart/form-data; boundary=" + boundary);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("changes")).isEmpty();
    }

    @Test
    default void a_sheet_beyond_the_seed_uploads_back_unchanged_as_no_changes() throws Exception {
        ObjectNode document;
        try (java.io.InputStream in = getClass().getResourceAsStream("/fixtures/prefecture-beyond-the-seed.json")) {
            document = (ObjectNode) JSON.readTree(in);
        }
        // in the demo staff's scope, under a number of its own
        document.set("municipality", JSON.valueToTree(Map.of("code", Sheets.KITAKYUSHU, "name", "北九州市")));
        document.put("department", Sheets.DEPARTMENT);
        ((ObjectNode) document.get("outcomeTarget")).put("number", OUTCOME_NUMBERS.incrementAndGet());
        Api.Response imported = api().as("admin").post("/api/sheets/import", document);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        byte[] workbook = exported("staff", id, versionOf(id));
        long before = events().count();

        Api.Response dryRun = upload("staff", id, workbook, "?dryRun=true");
        Api.Response real = upload("staff", id, workbook, "");

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("changes")).as("reference rows, baselines, decreasing targets, unreported actuals")
                .isEmpty();
        assertThat(real.status()).as(real.toString()).isEqualTo(200);
        assertThat(events().count()).isEqualTo(before);
    }

    // ---- import of a workbook as a new sheet -------------------------------------------------------------------

    @Test
    default void the_seed_workbook_imported_as_a_new_sheet_exports_the_identical_document() {
        String seed = seedSheet();
        JsonNode seedExport = api().as("admin").get("/api/sheets/" + seed + "/export").json();
        int number = OUTCOME_NUMBERS.incrementAndGet();
        byte[] renumbered = renumbered(exported("admin", seed, 16), number);

        Api.Response imported = api().as("admin").post("/api/sheets/import", renumbered, XLSX);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        assertThat(events().of(id)).extracting(StoredEvent::type).containsExactlyElementsOf(ImportContract.SEED_EVENTS);
        api().as("admin").get("/api/sheets/" + id + "?minVersion=16");
        JsonNode export = api().as("admin").get("/api/sheets/" + id + "/export").json();
        ((ObjectNode) seedExport.get("outcomeTarget")).put("number", number);
        assertThat(export).isEqualTo(seedExport);
    }

    /**
     * The workbook under another outcome-target number (on the page and in its plan), so that importing it does not
     * collide with the seed itself.
     */
    static byte[] renumbered(byte[] workbook, int number) {
        StringBuilder fullWidth = new StringBuilder();
        String.valueOf(number).chars().forEach(c -> fullWidth.append((char) (c + 0xFEE0)));
        return Workbooks.edited(workbook, book -> {
            Workbooks.cell(book, "C5").setCellValue("（" + fullWidth + "）地域生活支援拠点等の整備");
            XSSFSheet data = book.getSheet("pdca");
            org.apache.poi.ss.usermodel.Cell plan = data.getRow(3).getCell(1);
            plan.setCellValue(plan.getStringCellValue().replace("\"number\":3,", "\"number\":" + number + ","));
        });
    }

    @Test
    default void staff_may_not_import_a_workbook() {
        byte[] workbook = exported("staff", seedSheet(), 16);
        long before = events().count();

        assertThat(api().as("staff").post("/api/sheets/import", workbook, XLSX).status()).isEqualTo(403);
        assertThat(events().count()).isEqualTo(before);
    }

    // ---- bad workbooks: each refused naming the cell, nothing stored -------------------------------------------

    @Test
    default void bytes_that_are_not_a_workbook_are_refused() {
        long before = events().count();

        JsonNode problem = assertRefused(upload("staff", seedSheet(), "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), ""),
                "ファイル", before);
        assertThat(problem.get("errors").get(0).get("message").asString())
                .isEqualTo("ファイル: Excel ブック（.xlsx）ではありません");
    }

    @Test
    default void an_encrypted_workbook_is_refused() {
        String seed = seedSheet();
        byte[] encrypted = Workbooks.encrypted(exported("staff", seed, 16));
        long before = events().count();

        JsonNode problem = assertRefused(upload("staff", seed, encrypted, ""), "ファイル", before);
        assertThat(problem.get("detail").asString()).contains("暗号化");
    }

    @Test
    default void a_zip_bomb_is_refused() {
        String seed = seedSheet();
        byte[] bomb = Workbooks.zipBomb(exported("staff", seed, 16));
        long before = events().count();

        assertThat(bomb.length).as("small zipped").isLessThan(1 << 20);
        JsonNode problem = assertRefused(upload("staff", seed, bomb, ""), "ファイル", before);
        assertThat(problem.get("detail").asString()).contains("zip bomb");
    }

    @Test
    default void a_workbook_whose_xml_declares_an_external_entity_is_refused_without_resolving_it() {
        String seed = seedSheet();
        byte[] hostile = Workbooks.withExternalEntity(exported("staff", seed, 16));
        long before = events().count();

        Api.Response response = upload("staff", seed, hostile, "");

        JsonNode problem = assertRefused(response, "ファイル", before);
        assertThat(problem.get("detail").asString()).contains("DOCTYPE");
        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    default void an_oversized_sheet_is_refused_naming_its_last_row() {
        String seed = seedSheet();
        byte[] oversized = Workbooks.withText(exported("staff", seed, 16), "A5000", "x");
        long before = events().count();

        JsonNode problem = assertRefused(upload("staff", seed, oversized, ""), "A5000", before);
        assertThat(problem.get("detail").asString()).contains("行が多すぎます");
    }

    @Test
    default void a_body_over_5_mb_is_413() {
        long before = events().count();

        Api.Response response = upload("staff", seedSheet(), new byte[6 * 1024 * 1024], "");

        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_formula_where_a_value_belongs_is_refused_naming_its_cell() {
        String id = sheetWithFy2024Reviewed();
        byte[] exported = exported("staff", id, versionOf(id));
        String actual = cells(exported).actualCell(2025, Sheets.TARGET);
        byte[] withFormula = Workbooks.edited(exported, book -> Workbooks.cell(book, actual).setCellFormula("170+10"));
        long before = events().count();

        JsonNode problem = assertRefused(upload("staff", id, withFormula, ""), actual, before);
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("数式");
    }

    @Test
    default void a_word_where_a_number_belongs_is_refused_naming_its_cell_in_japanese() {
        String id = sheetWithFy2024Reviewed();
        byte[] exported = exported("staff", id, versionOf(id));
        String actual = cells(exported).actualCell(2025, Sheets.TARGET);
        long before = events().count();

        JsonNode problem = assertRefused(upload("staff", id, Workbooks.withText(exported, actual, "百八十人"), ""),
                actual, before);
        assertThat(problem.get("errors").get(0).get("message").asString())
                .isEqualTo(actual + ": 数値ではありません（「百八十人」）");
    }

    @Test
    default void a_workbook_that_is_not_ours_is_refused_on_upload_and_on_import() {
        long before = events().count();

        assertRefused(upload("staff", seedSheet(), Workbooks.foreign(), ""), "pdca!B1", before);
        assertRefused(api().as("admin").post("/api/sheets/import", Workbooks.foreign(), XLSX), "pdca!B1", before);
    }

    @Test
    default void a_changed_target_on_the_page_is_refused_naming_its_cell() {
        String seed = seedSheet();
        byte[] exported = exported("staff", seed, 16);
        long before = events().count();

        assertRefused(upload("staff", seed, Workbooks.withText(exported, "C4", "こども家庭局"), ""), "C4", before);
    }

    @Test
    default void a_workbook_of_250_mb_of_xml_zipped_under_5_mb_is_refused_at_once_and_the_service_still_answers() {
        String seed = seedSheet();
        byte[] expanding = Workbooks.expanding(exported("staff", seed, 16), 16);
        long before = events().count();
        assertThat(expanding.length).as("zipped, under the upload limit").isLessThan(SheetWorkbook.MAX_BYTES);

        long started = System.nanoTime();
        Api.Response upload = upload("staff", seed, expanding, "");
        Api.Response imported = api().as("admin").post("/api/sheets/import", expanding, XLSX);
        java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);

        JsonNode problem = assertRefused(upload, "ファイル", before);
        assertThat(problem.get("detail").asString()).contains("展開すると上限（" + SheetWorkbook.MAX_INFLATED_BYTES + " バイト）");
        assertRefused(imported, "ファイル", before);
        assertThat(took).as("both refused in").isLessThan(java.time.Duration.ofSeconds(5));
        long asked = System.nanoTime();
        assertThat(api().anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - asked)).as("health answered in")
                .isLessThan(java.time.Duration.ofSeconds(2));
        assertThat(upload("staff", seed, exported("staff", seed, 16), "?dryRun=true").status())
                .as("an ordinary upload afterwards").isEqualTo(200);
    }

    // ---- the collection ----------------------------------------------------------------------------------------

    @Test
    default void a_collection_of_more_sheets_than_one_read_holds_every_target_once() {
        // a municipality of this test's own; the service reads a collection's sheets 200 at a time
        String sendai = "041009";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 205; i++) {
            ids.add(new Sheets(this).registeredWithTarget(sendai, 2024, 2026));
        }
        Eventually.until("every sheet on the dashboard", () -> api().as("dashboard")
                .get("/api/dashboard?municipality=" + sendai).json().get("totalTargets").asLong() == ids.size());

        Api.Download download = api().as("dashboard").download("/api/dashboard/xlsx?municipality=" + sendai);

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        try (XSSFWorkbook book = Workbooks.open(download.body())) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> numbers = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                numbers.add(sheet.getRow(i).getCell(4).getStringCellValue());
            }
            assertThat(numbers).hasSize(ids.size()).doesNotHaveDuplicates();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    default void the_collection_is_one_row_per_sheet_and_target_with_header_frozen_panes_and_autofilter() {
        String seed = seedSheet();
        api().as("dashboard").get("/api/sheets/" + seed + "?minVersion=16");

        Api.Download download = api().as("dashboard").download("/api/dashboard/xlsx?municipality=401005&period=2018-2020");

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.response().contentType()).isEqualTo(XLSX);
        try (XSSFWorkbook book = Workbooks.open(download.body())) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).startsWith("団体コード", "団体名", "担当部局").contains("H30 実績", "R1 実績", "R2 実績",
                    "達成率", "状況", "H30 段階", "R2 段階");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            Row row = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i).getCell(header.indexOf("成果目標")).getStringCellValue().equals("（3）地域生活支援拠点等の整備")) {
                    row = sheet.getRow(i);
                }
            }
            assertThat(row).as("the seed's row").isNotNull();
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("401005");
            assertThat(row.getCell(header.indexOf("R2 実績")).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(header.indexOf("達成率")).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row.getCell(header.indexOf("状況")).getStringCellValue()).isEqualTo("達成");
            assertThat(row.getCell(header.indexOf("R2 段階")).getStringCellValue()).isEqualTo("改善策定済");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    default void staff_get_the_collection_of_their_own_municipality_only() {
        assertThat(api().as("staff").download("/api/dashboard/xlsx").status()).isEqualTo(200);
        assertThat(api().as("staff").download("/api/dashboard/xlsx?municipality=401307").status()).isEqualTo(403);
        assertThat(api().as("council").download("/api/dashboard/xlsx").status()).isEqualTo(403);
    }
}
