package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
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
 * refusal. "Own" is 北九州市 and, for STAFF, 保健福祉局 障害福祉部; "other" is 福岡市 (401307).
 */
public interface AccessMatrixContract extends ApiTest {

    List<String> USERS = List.of("anonymous", "admin", "staff", "council", "auditor", "dashboard");
    String OTHER = "401307";

    /** One endpoint: how to bring a fresh sheet to the state it needs, and the request to send then. */
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
                new Endpoint("record an actual", "POST", registered, (id, t) -> post(year(id) + "/actuals",
                        Map.of("key", Sheets.TARGET, "value", 1)), staff, Set.of()),
                new Endpoint("correct an actual", "POST", withActual, (id, t) -> post(year(id) + "/actuals/" + Sheets.TARGET
                        + "/corrections", Map.of("value", 2, "reason", "訂正")), staff, Set.of()),
                new Endpoint("submit the evaluation", "POST", withActual, (id, t) -> post(year(id) + "/evaluation",
                        Map.of("text", "評価")), staff, Set.of()),
                new Endpoint("add a council opinion", "POST", evaluated, (id, t) -> post(year(id) + "/council-opinions",
                        Map.of("text", "意見")), Set.of("staff", "council"), Set.of()),
                new Endpoint("plan the improvement", "POST", heard, (id, t) -> post(year(id) + "/improvement",
                        Map.of("text", "改善")), staff, Set.of()),
                new Endpoint("close the review", "POST", improved, (id, t) -> post(year(id) + "/close", Map.of()), staff, Set.of()),
                new Endpoint("reopen the review", "POST", closed, (id, t) -> post(year(id) + "/reopen",
                        Map.of("reason", "訂正のため")), staff, Set.of()),
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
                        Set.of("admin", "auditor", "dashboard", "staff"), Set.of("admin", "auditor", "dashboard", "staff")));
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
                if (!own && endpoint.sheet() == null) {
                    continue;
                }
                for (String user : USERS) {
                    Set<String> allowed = own ? endpoint.allowedOnOwn() : endpoint.allowedOnOther();
                    String expected = user.equals("anonymous") ? "401" : allowed.contains(user) ? "2xx" : "403";
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
            default -> assertThat(response.status()).as(response.toString()).isEqualTo(403);
        }
        if (!expected.equals("2xx")) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(events().count()).as("nothing stored on a refusal").isEqualTo(before);
        }
    }

    private String otherSheet() {
        Api.Response registered = api().as("admin").post("/api/sheets", Sheets.registration(OTHER, 2024, 2026));
        String id = registered.json().get("sheetId").asString();
        assertThat(api().as("admin").post("/api/sheets/" + id + "/targets", Sheets.numericTarget(Sheets.TARGET)).status())
                .isEqualTo(200);
        return id;
    }
}
