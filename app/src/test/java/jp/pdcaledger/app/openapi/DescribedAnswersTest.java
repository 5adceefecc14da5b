package jp.pdcaledger.app.openapi;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.DescribedAnswers;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check every HTTP test's answers pass ({@link DescribedAnswers}, on in {@link Api}) can fail: real answers of
 * the running app, each given one thing the committed description does not say (a field, a null, a status, a content
 * type, a path), are refused with the method, the path, the status, where in the body, and the schema's word on it.
 */
class DescribedAnswersTest extends OnH2 {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DescribedAnswers DESCRIPTION = DescribedAnswers.committed();

    private String sheet() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "opinion");
        return id;
    }

    private List<String> faults(String method, String path, int status, String contentType, JsonNode body) {
        return DESCRIPTION.faults(method, path, status, contentType, JSON.writeValueAsString(body));
    }

    @Test
    void real_answers_are_as_described() {
        String id = sheet();
        Api.Response view = api().as("auditor").get("/api/sheets/" + id + "?minVersion=" + (events().of(id).size() - 1));
        Api.Response history = api().as("auditor").get("/api/sheets/" + id + "/history");

        assertThat(DESCRIPTION.faults("GET", "/api/sheets/" + id, view.status(), view.contentType(), view.body())).isEmpty();
        assertThat(DESCRIPTION.faults("GET", "/api/sheets/" + id + "/history", history.status(), history.contentType(),
                history.body())).isEmpty();
    }

    @Test
    void a_field_the_description_does_not_name_is_refused_at_the_top_and_deep_inside() {
        String id = sheet();
        Api.Response view = api().as("auditor").get("/api/sheets/" + id + "?minVersion=" + (events().of(id).size() - 1));
        ObjectNode top = (ObjectNode) view.json();
        top.put("undocumented", "added by the test");
        ObjectNode deep = (ObjectNode) view.json();
        int year = 0;
        while (deep.get("fiscalYears").get(year).get("actuals").isEmpty()) {
            year++;
        }
        ((ObjectNode) deep.get("fiscalYears").get(year).get("actuals").get(0)).put("undocumented", 1);

        assertThat(faults("GET", "/api/sheets/" + id, 200, "application/json", top)).singleElement().asString()
                .startsWith("(the body): ").contains("undocumented").contains("#/components/schemas/SheetAnswer");
        assertThat(faults("GET", "/api/sheets/" + id, 200, "application/json", deep)).singleElement().asString()
                .startsWith("/fiscalYears/" + year + "/actuals/0: ").contains("undocumented")
                .contains("#/components/schemas/SheetAnswerActual");
    }

    @Test
    void the_refusal_names_method_path_status_pointer_and_schema() {
        String id = sheet();
        ObjectNode written = (ObjectNode) api().as("council").post("/api/sheets/" + id + "/fiscal-years/2025/council-opinions",
                Map.of("text", "二つ目の意見")).json();
        written.put("undocumented", true);

        assertThatThrownBy(() -> DESCRIPTION.check("POST", URI.create("http://localhost/api/sheets/" + id
                        + "/fiscal-years/2025/council-opinions"), 200, "application/json", JSON.writeValueAsString(written)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("POST /api/sheets/" + id + "/fiscal-years/2025/council-opinions answered 200 application/json")
                .hasMessageContaining("(the body): ")
                .hasMessageContaining("undocumented")
                .hasMessageContaining("#/components/schemas/WriteResult/additionalProperties")
                .hasMessageContaining("POST /api/sheets/{id}/fiscal-years/{fy}/council-opinions 200 application/json");
    }

    @Test
    void a_null_where_the_description_allows_none_is_refused_and_one_where_it_allows_it_is_not() {
        String id = sheet();
        ObjectNode view = (ObjectNode) api().as("auditor").get("/api/sheets/" + id + "?minVersion="
                + (events().of(id).size() - 1)).json();
        view.putNull("sheetId");
        ObjectNode history = (ObjectNode) api().as("auditor").get("/api/sheets/" + id + "/history").json();
        ((ObjectNode) history.get("items").get(0)).putNull("reason");

        assertThat(faults("GET", "/api/sheets/" + id, 200, "application/json", view)).singleElement().asString()
                .startsWith("/sheetId: ").contains("null");
        assertThat(faults("GET", "/api/sheets/" + id + "/history", 200, "application/json", history)).isEmpty();
    }

    @Test
    void a_status_or_a_content_type_the_operation_does_not_document_is_refused() {
        String id = sheet();
        Api.Response view = api().as("auditor").get("/api/sheets/" + id);
        Api.Response problem = api().as("auditor").get("/api/sheets/" + id + "/history?page=-1");

        assertThat(DESCRIPTION.faults("GET", "/api/sheets/" + id, 418, view.contentType(), view.body()))
                .singleElement().asString().contains("GET /api/sheets/{id} documents no 418");
        assertThat(DESCRIPTION.faults("GET", "/api/sheets/" + id + "/history", 409, problem.contentType(), problem.body()))
                .singleElement().asString().contains("documents no 409");
        assertThat(DESCRIPTION.faults("GET", "/api/sheets/" + id, 200, "text/html;charset=UTF-8", view.body()))
                .singleElement().asString().contains("not text/html");
        assertThat(DESCRIPTION.faults("GET", "/api/sheets/" + id, 200, "application/json", ""))
                .singleElement().asString().contains("none came");
    }

    @Test
    void an_api_path_or_method_the_description_does_not_name_is_refused_and_the_pages_are_not_its_business() {
        assertThat(DESCRIPTION.faults("GET", "/api/no-such-thing", 404, "application/problem+json", "{}"))
                .singleElement().asString().contains("no path of the description matches /api/no-such-thing");
        assertThat(DESCRIPTION.faults("DELETE", "/api/sheets/x", 405, "application/problem+json", "{}"))
                .singleElement().asString().contains("/api/sheets/{id} has no DELETE operation");
        assertThat(DESCRIPTION.faults("GET", "/sheets/x", 200, "text/html", "<html></html>")).isEmpty();
        assertThat(DESCRIPTION.faults("GET", "/actuator/health", 200, "application/json", "{\"status\":\"UP\"}")).isEmpty();
    }

    @Test
    void a_literal_path_is_matched_before_a_template() {
        Api.Response imported = api().as("admin").post("/api/sheets/import", "{\"format\": \"pdca-sheet/v1\"}");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(400);
        assertThat(DESCRIPTION.faults("POST", "/api/sheets/import", 201, "application/json",
                "{\"sheetId\": \"s\", \"version\": 1}")).isEmpty();
        assertThat(DESCRIPTION.faults("POST", "/api/sheets/import", 201, "application/json",
                "{\"sheetId\": \"s\", \"version\": 1, \"undocumented\": 2}")).singleElement().asString()
                .contains("POST /api/sheets/import 201");
    }
}
