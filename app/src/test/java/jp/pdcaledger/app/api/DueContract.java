package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/due}: on the tests' day (26 November 2026), what one municipality's sheets owe: the next step of
 * every fiscal year ended whose date has passed, every council opinion not answered yet, and every estimate waiting for
 * its final figure, longest waiting first.
 */
public interface DueContract extends ApiTest {

    private List<JsonNode> dueOn(String user, String sheetId) {
        Api.Response due = api().as(user).get("/api/due");
        assertThat(due.status()).as(due.toString()).isEqualTo(200);
        assertThat(due.json().get("today").asString()).isEqualTo("2026-11-26");
        List<JsonNode> items = new ArrayList<>();
        due.json().get("items").forEach(item -> {
            if (item.get("sheetId").asString().equals(sheetId)) {
                items.add(item);
            }
        });
        return items;
    }

    private static List<String> steps(List<JsonNode> items) {
        return items.stream().map(item -> item.get("fiscalYear").asInt() + " " + item.get("step").asString()).toList();
    }

    @Test
    default void a_sheet_owes_the_next_step_of_each_ended_year_and_the_answers_to_its_opinions() {
        String id = new Sheets(this).registeredWithTarget(2024, 2026);
        Eventually.until("the sheet is listed", () -> !dueOn("staff", id).isEmpty());
        assertThat(steps(dueOn("staff", id))).as("FY2026 has not ended").containsExactly("2024 ACTUALS", "2025 ACTUALS");
        JsonNode oldest = dueOn("staff", id).get(0);
        assertThat(oldest.get("dueSince").asString()).isEqualTo("2025-06-30");
        assertThat(oldest.get("daysWaiting").asLong()).isEqualTo(514);
        assertThat(oldest.get("actorLabel").asString()).isEqualTo("担当部局");

        new Sheets(this).stepsUpTo(id, 2024, "close");
        long version = new Sheets(this).stepsUpTo(id, 2025, "evaluation");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);

        assertThat(steps(dueOn("council", id)))
                .as("the council's opinion on FY2025; the answer to FY2024's opinion and FY2024's publication")
                .containsExactlyInAnyOrder("2025 COUNCIL_OPINION", "2024 OPINION_ANSWER", "2024 PUBLISH");
        JsonNode answer = dueOn("council", id).stream().filter(item -> item.get("step").asString().equals("OPINION_ANSWER"))
                .findFirst().orElseThrow();
        assertThat(answer.get("opinion").asInt()).isEqualTo(1);
        assertThat(answer.get("actor").asString()).isEqualTo("STAFF");
    }

    @Test
    default void an_estimate_waits_on_the_list_for_its_final_figure_until_it_is_confirmed() {
        String id = new Sheets(this).withEstimate();
        Eventually.until("the estimate is listed", () -> steps(dueOn("staff", id)).contains("2025 ESTIMATE_CONFIRMATION"));
        JsonNode estimate = dueOn("staff", id).stream()
                .filter(item -> item.get("step").asString().equals("ESTIMATE_CONFIRMATION")).findFirst().orElseThrow();
        assertThat(estimate.get("target").asString()).isEqualTo(Sheets.TARGET);
        assertThat(estimate.get("stepLabel").asString()).isEqualTo("見込みの実績の確定");
        assertThat(estimate.get("actor").asString()).isEqualTo("STAFF");

        Api.Response confirmed = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals/"
                + Sheets.TARGET + "/confirmation", java.util.Map.of("value", 131));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + confirmed.json().get("version").asLong());
        assertThat(steps(dueOn("staff", id))).as("the final figure came").doesNotContain("2025 ESTIMATE_CONFIRMATION");
    }

    @Test
    default void a_nationwide_reader_names_the_municipality_and_a_municipal_reader_keeps_to_its_own() {
        Api.Response nameless = api().as("auditor").get("/api/due");
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().get("field").asString()).isEqualTo("municipality");

        assertThat(api().as("auditor").get("/api/due?municipality=" + Sheets.KITAKYUSHU).status()).isEqualTo(200);
        Api.Response other = api().as("staff").get("/api/due?municipality=131016");
        assertThat(other.status()).isEqualTo(403);
        Api.Response bad = api().as("auditor").get("/api/due?municipality=401006");
        assertThat(bad.status()).isEqualTo(400);
    }
}
