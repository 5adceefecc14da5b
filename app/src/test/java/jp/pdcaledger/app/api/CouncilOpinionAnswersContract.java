package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/sheets/{id}/fiscal-years/{fy}/council-opinions/{n}/response}: the department answers each council
 * opinion, also after the year is closed, and revises an answer only with a reason; the view shows every answer.
 */
public interface CouncilOpinionAnswersContract extends ApiTest {

    @Test
    default void staff_answer_an_opinion_of_a_closed_year_and_revise_the_answer_with_a_reason() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "close");
        String answer = "/api/sheets/" + id + "/fiscal-years/2025/council-opinions/1/response";

        Api.Response first = api().as("staff").post(answer,
                Map.of("response", "UNDER_CONSIDERATION", "text", "次年度に具体化の方法を検討します。"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);

        Api.Response unexplained = api().as("staff").post(answer,
                Map.of("response", "REFLECTED", "text", "相談支援の体制を強化しました。"));
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.json().get("field").asString()).isEqualTo("reason");

        Api.Response revised = api().as("staff").post(answer, Map.of("response", "REFLECTED",
                "text", "相談支援の体制を強化しました。", "reason", "令和８年度予算で実施したため"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);

        JsonNode year = api().as("staff").get("/api/sheets/" + id + "?minVersion=" + revised.json().get("version").asLong())
                .json().get("fiscalYears").get(1);
        assertThat(year.get("status").asString()).as("answering never reopens the year").isEqualTo("CLOSED");
        assertThat(year.get("opinionAnswers")).hasSize(2);
        JsonNode latest = year.get("opinionAnswers").get(1);
        assertThat(latest.get("opinion").asInt()).isEqualTo(1);
        assertThat(latest.get("response").asString()).isEqualTo("REFLECTED");
        assertThat(latest.get("previousResponse").asString()).isEqualTo("UNDER_CONSIDERATION");
        assertThat(latest.get("answered").get("reason").asString()).isEqualTo("令和８年度予算で実施したため");
    }

    @Test
    default void an_answer_to_an_opinion_that_is_not_there_or_of_an_unknown_kind_is_400_naming_the_field() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "opinion");
        long before = events().count();
        String year = "/api/sheets/" + id + "/fiscal-years/2025/council-opinions/";

        Api.Response second = api().as("staff").post(year + "2/response", Map.of("response", "REFLECTED", "text", "済"));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("field").asString()).isEqualTo("opinion");
        Api.Response unknown = api().as("staff").post(year + "1/response", Map.of("response", "DONE", "text", "済"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("response");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    /** A plan period (第2期) no other test registers, so that its dashboard counts only this test's opinions. */
    String SECOND_PERIOD = "2009-2011";

    @Test
    default void the_dashboard_counts_the_opinions_not_answered_yet_or_answered_under_consideration() {
        String id = new Sheets(this).registeredWithTarget(2009, 2011);
        long base = openOpinions();
        new Sheets(this).stepsUpTo(id, 2010, "opinion");
        Eventually.until("the new opinion is counted as open", () -> openOpinions() == base + 1);

        String answer = "/api/sheets/" + id + "/fiscal-years/2010/council-opinions/1/response";
        Api.Response later = api().as("staff").post(answer, Map.of("response", "UNDER_CONSIDERATION", "text", "検討します。"));
        assertThat(later.status()).as(later.toString()).isEqualTo(200);
        Api.Response reflected = api().as("staff").post(answer, Map.of("response", "REFLECTED", "text", "実施しました。",
                "reason", "予算が付いたため"));
        assertThat(reflected.status()).as(reflected.toString()).isEqualTo(200);
        Eventually.until("an opinion reflected is no longer open", () -> openOpinions() == base);
        Api.Response reconsidered = api().as("staff").post(answer, Map.of("response", "UNDER_CONSIDERATION",
                "text", "改めて検討します。", "reason", "実施が延期されたため"));
        assertThat(reconsidered.status()).as(reconsidered.toString()).isEqualTo(200);
        Eventually.until("an opinion under consideration again is open again", () -> openOpinions() == base + 1);
    }

    private long openOpinions() {
        Api.Response dashboard = api().as("dashboard").get("/api/dashboard?municipality=" + Sheets.KITAKYUSHU
                + "&period=" + SECOND_PERIOD);
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        return dashboard.json().get("openOpinions").asLong();
    }

    @Test
    default void the_answer_in_force_goes_out_in_the_exchange_document_and_comes_back_in_unchanged() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2024, "actual");
        new Sheets(this).stepsUpTo(id, 2025, "close");
        String answer = "/api/sheets/" + id + "/fiscal-years/2025/council-opinions/1/response";
        api().as("staff").post(answer, Map.of("response", "UNDER_CONSIDERATION", "text", "検討します。"));
        Api.Response revised = api().as("staff").post(answer, Map.of("response", "REFLECTED", "text", "実施しました。",
                "reason", "予算が付いたため"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        api().as("auditor").get("/api/sheets/" + id + "?minVersion=" + revised.json().get("version").asLong());

        JsonNode exported = api().as("auditor").get("/api/sheets/" + id + "/export").json();
        assertThat(exported.get("fiscalYears").get(0).get("fiscalYear").asInt()).isEqualTo(2024);
        JsonNode year = exported.get("fiscalYears").get(1);
        assertThat(year.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(year.get("councilOpinionAnswers")).as("the answer in force, not the one it replaced").hasSize(1);
        assertThat(year.get("councilOpinionAnswers").get(0).get("opinion").asInt()).isEqualTo(1);
        assertThat(year.get("councilOpinionAnswers").get(0).get("response").asString()).isEqualTo("REFLECTED");
        assertThat(year.get("councilOpinionAnswers").get(0).get("text").asString()).isEqualTo("実施しました。");
        assertThat(exported.get("fiscalYears").get(0).has("councilOpinionAnswers"))
                .as("a year without answers says nothing of them, as documents before answers did").isFalse();

        tools.jackson.databind.node.ObjectNode again = (tools.jackson.databind.node.ObjectNode) exported.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) again.get("outcomeTarget")).put("number", OUTCOME_NUMBERS.incrementAndGet());
        Api.Response imported = api().as("admin").post("/api/sheets/import", again.toString());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String copy = imported.json().get("sheetId").asString();
        api().as("auditor").get("/api/sheets/" + copy + "?minVersion=" + imported.json().get("version").asLong());
        assertThat(api().as("auditor").get("/api/sheets/" + copy + "/export").json()).isEqualTo(again);

        ((tools.jackson.databind.node.ObjectNode) again.get("fiscalYears").get(1).get("councilOpinionAnswers").get(0))
                .put("response", "DONE");
        ((tools.jackson.databind.node.ObjectNode) again.get("outcomeTarget")).put("number", OUTCOME_NUMBERS.incrementAndGet());
        long before = events().count();
        Api.Response refused = api().as("admin").post("/api/sheets/import", again.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("fiscalYears[1].councilOpinionAnswers[0].response");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }
}
