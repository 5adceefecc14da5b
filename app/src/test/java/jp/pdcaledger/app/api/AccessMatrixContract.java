package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.DescribedAnswers;
import jp.pdcaledger.app.support.RawAnswer;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what (ARCHITECTURE.md, "Security"): every endpoint × every role × the reader's own municipality or
 * another one, expecting 2xx where allowed, 401 without credentials, 403 otherwise, and no event stored on a
 * refusal. A write the role may make, but to another municipality's sheet, is 404 as for a sheet that does not
 * exist, naming neither its municipality nor its department; so is a read of another municipality's sheet where an
 * endpoint hides it ({@link #HIDE_OTHER_SHEETS}). "Own" is 北九州市 and, for STAFF, 保健福祉局 障害福祉部;
 * "other" is 福岡市 (401307).
 */
public interface AccessMatrixContract extends ApiTest {

    List<String> USERS = List.of("anonymous", "admin", "staff", "council", "auditor", "dashboard");
    String OTHER = "401307";
    /**
     * Endpoints that answer a sheet the reader may not see as if it did not exist (404), not 403: waiting for a
     * version of another municipality's sheet tells neither that it exists nor how often it changes (issue 20).
     */
    Set<String> HIDE_OTHER_SHEETS = Set.of("read a sheet", "export a sheet", "a sheet's workbook", "the carry-over");
    /**
     * The public pages (公表, issue 16): anyone, signed in or not, reads what is published; what is not (another
     * municipality's fresh sheet) is the same 404 page for everyone.
     */
    Set<String> PUBLIC_PAGES = Set.of("the public list of municipalities", "a municipality's public page",
            "a published year's public page", "the country's open data", "the open-data catalogue",
            "a municipality's open data", "a published sheet's open data", "a publication's document",
            "the accessibility policy");
    /**
     * Writes no demo user can bring another municipality's sheet to the state they need (closing a year is its own
     * staff's step): there, a role and scope that let the write through meet the workflow instead, 409 naming the step.
     */
    Set<String> WORKFLOW_ON_OTHER = Set.of("publish a fiscal year", "roll the period over");
    Set<String> EVERYONE = Set.of("anonymous", "admin", "staff", "council", "auditor", "dashboard");

    /**
     * One endpoint: how to bring a fresh sheet to the state it needs, and the request to send then; without
     * {@code allowedOnOther}, it is tried on its own municipality's sheet only.
     */
    record Endpoint(String name, String method, Function<Sheets, String> sheet, BiFunction<String, ApiTest, Request> request,
                    Set<String> allowedOnOwn, Set<String> allowedOnOther) {
    }

    record Request(String path, Object body) {
    }

    private static Request post(String path, Object body) {
        return new Request(path, body);
    }

    static String year(String id) {
        return "/api/sheets/" + id + "/fiscal-years/2025";
    }

    static List<Endpoint> endpoints() {
        Function<Sheets, String> registered = Sheets::registeredWithTarget;
        Function<Sheets, String> withActual = sheets -> stepped(sheets, "actual");
        Function<Sheets, String> evaluated = sheets -> stepped(sheets, "evaluation");
        Function<Sheets, String> heard = sheets -> stepped(sheets, "opinion");
        Function<Sheets, String> improved = sheets -> stepped(sheets, "improvement");
        Function<Sheets, String> closed = sheets -> stepped(sheets, "close");
        Function<Sheets, String> published = sheets -> stepped(sheets, "publish");
        Function<Sheets, String> periodEnded = sheets -> {
            String id = sheets.registeredWithTarget();
            sheets.stepsUpTo(id, 2026, "close");
            return id;
        };
        Set<String> definers = Set.of("admin", "staff");
        Set<String> staff = Set.of("staff");
        Set<String> nationwide = Set.of("admin", "auditor", "dashboard");
        Set<String> readers = Set.of("admin", "auditor", "dashboard", "staff", "council");
        Set<String> auditors = Set.of("admin", "auditor");
        return List.of(
                new Endpoint("register a sheet", "POST", null, (id, t) -> post("/api/sheets",
                        Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026)), Set.of("admin"), Set.of("admin")),
                new Endpoint("import a sheet", "POST", null, (id, t) -> post("/api/sheets/import", importable()),
                        Set.of("admin"), Set.of("admin")),
                new Endpoint("projections' progress", "GET", null, (id, t) -> post("/api/admin/projections", null),
                        Set.of("admin"), Set.of("admin")),
                new Endpoint("retry a projection's parked events", "POST", null, (id, t) ->
                        post("/api/admin/projections/sheets/dead-letters/retry", Map.of()), Set.of("admin"), Set.of("admin")),
                new Endpoint("define a target", "POST", registered, (id, t) -> post("/api/sheets/" + id + "/targets",
                        Sheets.numericTarget("another")), definers, Set.of("admin")),
                new Endpoint("define an activity indicator", "POST", registered, (id, t) -> post("/api/sheets/" + id
                        + "/activity-indicators", Map.of("key", "ai", "name", "件数", "unit", "件/年")), definers, Set.of("admin")),
                new Endpoint("revise a target", "POST", registered, (id, t) -> post("/api/sheets/" + id + "/targets/"
                        + Sheets.TARGET + "/revisions", Map.of("targetValue", 480, "reason", "指針の改定")), definers, Set.of("admin")),
                new Endpoint("define the grade scale", "POST", registered, (id, t) -> post("/api/sheets/" + id
                        + "/grade-scale", Map.of("grades", List.of(Map.of("code", "A", "label", "目標以上"),
                        Map.of("code", "B", "label", "目標どおり")))), definers, Set.of("admin")),
                new Endpoint("classify a target", "POST", registered, (id, t) -> post("/api/sheets/" + id + "/targets/"
                        + Sheets.TARGET + "/classification", Map.of("measure", "COMMUNITY_TRANSITION")), definers,
                        Set.of("admin")),
                new Endpoint("record an actual", "POST", registered, (id, t) -> post(year(id) + "/actuals",
                        Map.of("key", Sheets.TARGET, "value", 1)), staff, Set.of()),
                new Endpoint("correct an actual", "POST", withActual, (id, t) -> post(year(id) + "/actuals/" + Sheets.TARGET
                        + "/corrections", Map.of("value", 2, "reason", "訂正")), staff, Set.of()),
                new Endpoint("confirm an estimated actual", "POST", Sheets::withEstimate, (id, t) -> post(year(id)
                        + "/actuals/" + Sheets.TARGET + "/confirmation", Map.of("value", 131)), staff, Set.of()),
                new Endpoint("submit the evaluation", "POST", withActual, (id, t) -> post(year(id) + "/evaluation",
                        Map.of("text", "評価")), staff, Set.of()),
                new Endpoint("add a council opinion", "POST", evaluated, (id, t) -> post(year(id) + "/council-opinions",
                        Map.of("text", "意見")), Set.of("staff", "council"), Set.of()),
                new Endpoint("plan the improvement", "POST", heard, (id, t) -> post(year(id) + "/improvement",
                        Map.of("text", "改善")), staff, Set.of()),
                new Endpoint("revise the improvement", "POST", improved, (id, t) -> post(year(id) + "/improvement",
                        Map.of("text", "改善の修正", "reason", "記載漏れ")), staff, Set.of()),
                new Endpoint("answer a council opinion", "POST", heard, (id, t) -> post(year(id)
                        + "/council-opinions/1/response", Map.of("response", "UNDER_CONSIDERATION", "text", "検討します。")),
                        staff, Set.of()),
                new Endpoint("close the review", "POST", improved, (id, t) -> post(year(id) + "/close", Map.of()), staff, Set.of()),
                new Endpoint("reopen the review", "POST", closed, (id, t) -> post(year(id) + "/reopen",
                        Map.of("reason", "訂正のため")), staff, Set.of()),
                new Endpoint("publish a fiscal year", "POST", closed, (id, t) -> post(year(id) + "/publications",
                        Map.of()), definers, Set.of("admin")),
                new Endpoint("the public list of municipalities", "GET", null, (id, t) -> post("/public", null),
                        EVERYONE, EVERYONE),
                new Endpoint("the accessibility policy", "GET", null, (id, t) -> post("/public/accessibility", null),
                        EVERYONE, EVERYONE),
                new Endpoint("a published year's public page", "GET", published, (id, t) -> post("/public/sheets/" + id
                        + "/fiscal-years/2025", null), EVERYONE, Set.of()),
                // another municipality may have had a sheet published by an earlier row: its own municipality only
                new Endpoint("a municipality's public page", "GET", published, (id, t) -> post("/public/municipalities/"
                        + Sheets.KITAKYUSHU, null), EVERYONE, null),
                new Endpoint("roll the period over", "POST", periodEnded, (id, t) -> post("/api/sheets/" + id
                        + "/next-period", Map.of("planTitles", List.of("第８期北九州市障害福祉計画"))), definers, Set.of("admin")),
                new Endpoint("the carry-over", "GET", registered, (id, t) -> post("/api/sheets/" + id + "/carry-over", null),
                        readers, nationwide),
                new Endpoint("the country's open data", "GET", null, (id, t) -> post("/public/data.csv", null),
                        EVERYONE, EVERYONE),
                new Endpoint("the open-data catalogue", "GET", null, (id, t) -> post("/public/catalog.jsonld", null),
                        EVERYONE, EVERYONE),
                new Endpoint("a municipality's open data", "GET", published, (id, t) -> post("/public/municipalities/"
                        + Sheets.KITAKYUSHU + "/data.csv", null), EVERYONE, null),
                new Endpoint("a published sheet's open data", "GET", published, (id, t) -> post("/public/sheets/" + id
                        + "/data.csv", null), EVERYONE, Set.of()),
                new Endpoint("a publication's document", "GET", published, (id, t) -> post("/public/sheets/" + id
                        + "/fiscal-years/2025/publications/1/pdca-sheet.json", null), EVERYONE, Set.of()),
                new Endpoint("list sheets", "GET", null, (id, t) -> post("/api/sheets", null), readers, readers),
                new Endpoint("read a sheet", "GET", registered, (id, t) -> post("/api/sheets/" + id + "?minVersion=1", null),
                        readers, nationwide),
                new Endpoint("export a sheet", "GET", registered, (id, t) -> post("/api/sheets/" + id + "/export", null),
                        readers, nationwide),
                new Endpoint("a sheet's workbook", "GET", registered, (id, t) -> post("/api/sheets/" + id + "/xlsx", null),
                        readers, nationwide),
                new Endpoint("a sheet's history", "GET", registered, (id, t) -> post("/api/sheets/" + id + "/history", null),
                        auditors, auditors),
                new Endpoint("the audit log", "GET", null, (id, t) -> post("/api/audit", null), auditors, auditors),
                new Endpoint("verify the chain", "GET", null, (id, t) -> post("/api/audit/verify", null), auditors, auditors),
                new Endpoint("the dashboard", "GET", null, (id, t) -> post("/api/dashboard", null),
                        Set.of("admin", "auditor", "dashboard", "staff"), Set.of("admin", "auditor", "dashboard", "staff")),
                new Endpoint("the collection workbook", "GET", null, (id, t) -> post("/api/dashboard/xlsx", null),
                        Set.of("admin", "auditor", "dashboard", "staff"), Set.of("admin", "auditor", "dashboard", "staff")),
                new Endpoint("the national roll-up", "GET", null, (id, t) ->
                        post("/api/rollups?measure=COMMUNITY_TRANSITION&fiscalYear=2021", null),
                        Set.of("admin", "auditor", "dashboard", "staff"), null),
                new Endpoint("the roll-up of the reader's prefecture", "GET", null, (id, t) ->
                        post("/api/rollups?measure=COMMUNITY_TRANSITION&fiscalYear=2021&prefecture=40", null),
                        Set.of("admin", "auditor", "dashboard", "staff"), null),
                new Endpoint("the roll-up of another prefecture", "GET", null, (id, t) ->
                        post("/api/rollups?measure=COMMUNITY_TRANSITION&fiscalYear=2021&prefecture=13", null),
                        nationwide, null),
                new Endpoint("what is due", "GET", null, (id, t) -> post("/api/due?municipality=" + Sheets.KITAKYUSHU, null),
                        readers, readers));
    }

    private static String stepped(Sheets sheets, String lastStep) {
        String id = sheets.registeredWithTarget();
        sheets.stepsUpTo(id, 2025, lastStep);
        return id;
    }

    private static Object importable() {
        try (InputStream in = AccessMatrixContract.class.getResourceAsStream("/fixtures/kitakyushu-5th-outcome3.json")) {
            String fixture = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return fixture.replace("\"number\": 3", "\"number\": " + OUTCOME_NUMBERS.incrementAndGet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    default Stream<DynamicTest> every_endpoint_for_every_role_on_its_own_and_another_municipality() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (boolean own : new boolean[]{true, false}) {
                if (!own && (endpoint.sheet() == null || endpoint.allowedOnOther() == null)) {
                    continue;
                }
                for (String user : USERS) {
                    Set<String> allowed = own ? endpoint.allowedOnOwn() : endpoint.allowedOnOther();
                    boolean publicPage = PUBLIC_PAGES.contains(endpoint.name());
                    // allowed on its own sheet but not on another's: the role may make the write, the scope refuses it
                    boolean outOfScopeWrite = !own && endpoint.method().equals("POST")
                            && endpoint.allowedOnOwn().contains(user);
                    boolean hiddenRead = !own && HIDE_OTHER_SHEETS.contains(endpoint.name());
                    boolean reachesWorkflow = !own && WORKFLOW_ON_OTHER.contains(endpoint.name());
                    String expected = allowed.contains(user) ? (reachesWorkflow ? "409-workflow" : "2xx")
                            : publicPage ? "404-public" : user.equals("anonymous") ? "401"
                            : outOfScopeWrite ? "404" : hiddenRead ? "404-read" : "403";
                    tests.add(DynamicTest.dynamicTest(user + " / " + endpoint.name() + (endpoint.sheet() == null ? ""
                            : own ? " / own municipality" : " / other municipality") + " -> " + expected,
                            () -> check(endpoint, own, user, expected)));
                }
            }
        }
        return tests.stream();
    }

    private void check(Endpoint endpoint, boolean own, String user, String expected) {
        String id = endpoint.sheet() == null ? null : own ? endpoint.sheet().apply(new Sheets(this)) : otherSheet();
        if (id != null) {
            // reads are of projections: let the sheet's view catch up with what was just written
            api().as("admin").get("/api/sheets/" + id + "?minVersion=" + (events().of(id).size() - 1));
        }
        Request request = endpoint.request().apply(id, this);
        long before = events().count();
        Api.Call call = user.equals("anonymous") ? api().anonymous() : api().as(user);
        Api.Response response = endpoint.method().equals("GET") ? call.get(request.path())
                : request.body() instanceof String json ? call.post(request.path(), json) : call.post(request.path(), request.body());
        switch (expected) {
            case "2xx" -> assertThat(response.status()).as(response.toString()).isBetween(200, 299);
            case "401" -> assertThat(response.status()).as(response.toString()).isEqualTo(401);
            case "404" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(404);
                assertThat(response.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:sheet-not-found");
                assertThat(response.body()).as("names no owner").doesNotContain(OTHER).doesNotContain("保健福祉局");
                assertThat(response.json().get("detail").asString()).isEqualTo("シート " + id + " はありません");
            }
            case "404-read" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(404);
                assertThat(response.body()).as("names no owner").doesNotContain(OTHER).doesNotContain("保健福祉局");
            }
            case "409-workflow" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(409);
                assertThat(response.json().get("missingStep").asString()).isEqualTo("CloseReview");
            }
            case "404-public" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(404);
                assertThat(response.body()).as("names no owner").doesNotContain(OTHER).doesNotContain("保健福祉局");
            }
            default -> assertThat(response.status()).as(response.toString()).isEqualTo(403);
        }
        if (!expected.equals("2xx") && !expected.equals("404-public")) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(events().count()).as("nothing stored on a refusal").isEqualTo(before);
        }
    }

    // ---- uploads: decided before a byte of the body is read ------------------------------------------------------

    /** Bytes that are no workbook: reading them is a 400 (or a refusal on the page), so an answer 403 read none. */
    byte[] NOT_A_WORKBOOK = "format,pdca-sheet/v1\nthis is not a workbook\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String BOUNDARY = "pdca-access-matrix";

    /** One upload route: its path for a sheet (null: no sheet), how its body is framed, and who may send it. */
    record UploadRoute(String name, java.util.function.UnaryOperator<String> path, boolean multipart, boolean page,
                       Set<String> allowedOnOwn) {
    }

    static List<UploadRoute> uploadRoutes() {
        return List.of(
                new UploadRoute("upload a workbook (raw body)", id -> "/api/sheets/" + id + "/xlsx", false, false, Set.of("staff")),
                new UploadRoute("upload a workbook (form)", id -> "/api/sheets/" + id + "/xlsx", true, false, Set.of("staff")),
                new UploadRoute("upload a workbook from the sheet page", id -> "/sheets/" + id + "/xlsx", true, true, Set.of("staff")),
                new UploadRoute("import a workbook", null, false, false, Set.of("admin")));
    }

    @TestFactory
    default Stream<DynamicTest> every_upload_route_for_every_role_is_refused_before_its_body_is_read() {
        List<DynamicTest> tests = new ArrayList<>();
        for (UploadRoute route : uploadRoutes()) {
            for (boolean own : new boolean[]{true, false}) {
                if (!own && route.path() == null) {
                    continue;
                }
                for (String user : USERS) {
                    boolean allowed = own && route.allowedOnOwn().contains(user);
                    // a role that may upload to its own sheets, on another's: as if that sheet did not exist
                    boolean outOfScope = !own && route.allowedOnOwn().contains(user);
                    String expected = allowed ? "read" : user.equals("anonymous") ? (route.page() ? "sign-in" : "401")
                            : outOfScope ? "404" : "403";
                    tests.add(DynamicTest.dynamicTest(user + " / " + route.name() + (route.path() == null ? ""
                            : own ? " / own municipality" : " / other municipality") + " -> " + expected,
                            () -> checkUpload(route, own, user, expected)));
                }
            }
        }
        return tests.stream();
    }

    private void checkUpload(UploadRoute route, boolean own, String user, String expected) throws Exception {
        String id = route.path() == null ? null : own ? new Sheets(this).registeredWithTarget() : otherSheet();
        String path = route.path() == null ? "/api/sheets/import" : route.path().apply(id);
        String contentType = route.multipart() ? "multipart/form-data; boundary=" + BOUNDARY : Workbooks.XLSX;
        java.net.http.HttpClient browser = route.page() && !user.equals("anonymous") ? signedIn(user) : null;
        long before = events().count();

        if (expected.equals("read")) {
            java.net.http.HttpResponse<String> answer;
            if (route.page()) {
                api().as("admin").get("/api/sheets/" + id + "?minVersion=" + (events().of(id).size() - 1));
                String csrf = WorkbookContract.csrfOf(browser.send(java.net.http.HttpRequest.newBuilder(
                        api().uri("/sheets/" + id)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body());
                answer = browser.send(java.net.http.HttpRequest.newBuilder(api().uri(path)).header("Content-Type", contentType)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(uploadBody(route, csrf))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } else {
                Api.Response response = api().as(user).post(path, uploadBody(route, null), contentType);
                assertThat(response.contentType()).startsWith("application/problem+json");
                answer = null;
                assertThat(response.status()).as(response.toString()).isEqualTo(400);
                assertThat(response.body()).contains("ファイル: Excel ブック（.xlsx）ではありません");
            }
            if (answer != null) {
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).as("the page lists the refusal").contains("ファイル: Excel ブック（.xlsx）ではありません");
            }
        } else {
            java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
            if (browser != null) {
                headers.put("Cookie", "JSESSIONID=" + session(browser));
            } else if (!user.equals("anonymous")) {
                headers.put("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            // the body is announced at 4 MB but only its first bytes are sent: an answer at all means none was awaited
            byte[] body = uploadBody(route, null);
            byte[] raw = send(path, contentType, headers, java.util.Arrays.copyOf(body, body.length - 20), 4 << 20);
            String answer = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
            RawAnswer read = RawAnswer.of(raw);
            DescribedAnswers.committed().check("POST", api().uri(path), read.status(), read.contentType(), read.body());
            switch (expected) {
                case "sign-in" -> assertThat(answer).startsWith("HTTP/1.1 302").containsPattern("(?i)location: [^\\r]*/login");
                case "401" -> assertThat(answer).startsWith("HTTP/1.1 401");
                case "404" -> assertThat(answer).startsWith("HTTP/1.1 404").doesNotContain(OTHER).doesNotContain("保健福祉局");
                default -> assertThat(answer).startsWith("HTTP/1.1 403");
            }
            if (!route.page()) {
                assertThat(answer).containsPattern("(?i)content-type: application/problem\\+json");
            }
            assertThat(answer).doesNotContain("Excel ブック");
        }
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    private static byte[] uploadBody(UploadRoute route, String csrf) {
        if (!route.multipart()) {
            return NOT_A_WORKBOOK;
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sheet.xlsx\"\r\n"
                + "Content-Type: " + Workbooks.XLSX + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(NOT_A_WORKBOOK);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /**
     * Sends a POST over a plain socket, {@code body} and no more, announcing {@code contentLength}: answers all the
     * server sent until it closed the connection, or fails after 10 s of silence (the server waiting for the rest).
     */
    private byte[] send(String path, String contentType, java.util.Map<String, String> headers, byte[] body,
                        long contentLength) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", api().uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + contentLength + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (contentLength > body.length && headersAndBodyEnd(answer)) {
                        break; // the answer is complete; the server may still be discarding what never came
                    }
                }
            } catch (java.net.SocketTimeoutException silence) {
                if (answer.size() == 0) {
                    throw new AssertionError("no answer in 10 s: the server was reading the upload's body");
                }
            }
            return answer.toByteArray();
        }
    }

    /** Whether the answer so far holds its headers and the end of its body (its length, or the last chunk). */
    private static boolean headersAndBodyEnd(java.io.ByteArrayOutputStream answer) {
        String text = answer.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(text.substring(0, end));
        if (length.find()) {
            return text.length() - end - 4 >= Integer.parseInt(length.group(1));
        }
        return !text.substring(0, end).toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")
                || text.endsWith("0\r\n\r\n");
    }

    /** A browser's session: signed in with the pages' form as {@code user}. */
    private java.net.http.HttpClient signedIn(String user) throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        String login = browser.send(java.net.http.HttpRequest.newBuilder(api().uri("/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        browser.send(java.net.http.HttpRequest.newBuilder(api().uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user
                        + "&_csrf=" + java.net.URLEncoder.encode(WorkbookContract.csrfOf(login),
                        java.nio.charset.StandardCharsets.UTF_8))).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    private static String session(java.net.http.HttpClient browser) {
        java.net.CookieManager cookies = (java.net.CookieManager) browser.cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("not signed in"));
    }

    private String otherSheet() {
        Api.Response registered = api().as("admin").post("/api/sheets", Sheets.registration(OTHER, 2024, 2026));
        String id = registered.json().get("sheetId").asString();
        assertThat(api().as("admin").post("/api/sheets/" + id + "/targets", Sheets.numericTarget(Sheets.TARGET)).status())
                .isEqualTo(200);
        return id;
    }
}
