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
 * {@code POST /api/sheets/{id}/fiscal-years/{fy}/improvement} with a {@code reason}: the department revises the
 * improvement it planned, as it revises its evaluation; the view keeps what it replaced, the history says it, the
 * exchange document holds the text in force.
 */
public interface RevisingImprovementsContract extends ApiTest {

    @Test
    default void staff_revise_the_planned_improvement_with_a_reason_and_every_reader_sees_the_text_in_force() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "improvement");
        String improvement = "/api/sheets/" + id + "/fiscal-years/2025/improvement";

        Api.Response revised = api().as("staff").post(improvement, Map.of(
                "text", "次年度は相談支援専門員を２名増やします。", "reason", "人数の記載漏れ"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        long version = revised.json().get("version").asLong();

        JsonNode year = api().as("council").get("/api/sheets/" + id + "?minVersion=" + version)
                .json().get("fiscalYears").get(1);
        assertThat(year.get("status").asString()).isEqualTo("IMPROVEMENT_PLANNED");
        JsonNode text = year.get("improvement");
        assertThat(text.get("text").asString()).isEqualTo("次年度は相談支援専門員を２名増やします。");
        assertThat(text.get("revisions")).hasSize(1);
        assertThat(text.get("revisions").get(0).get("previousText").asString()).isEqualTo("次年度は相談支援を強化します。");
        assertThat(text.get("revisions").get(0).get("change").get("reason").asString()).isEqualTo("人数の記載漏れ");

        JsonNode history = Eventually.value("the revision in the history",
                () -> api().as("auditor").get("/api/sheets/" + id + "/history").json(),
                h -> h.has("total") && h.get("total").asLong() == version + 1);
        JsonNode item = history.get("items").get(history.get("items").size() - 1);
        assertThat(item.get("summary").asString()).contains("改善");
        assertThat(item.get("reason").asString()).isEqualTo("人数の記載漏れ");
        assertThat(item.get("changes").get("improvement").get("before").asString()).isEqualTo("次年度は相談支援を強化します。");
        assertThat(item.get("changes").get("improvement").get("after").asString()).isEqualTo("次年度は相談支援専門員を２名増やします。");

        JsonNode exported = api().as("auditor").get("/api/sheets/" + id + "/export").json();
        assertThat(exported.get("fiscalYears").get(0).get("improvement").asString())
                .as("the document holds the improvement in force").isEqualTo("次年度は相談支援専門員を２名増やします。");
    }

    @Test
    default void a_revision_refused_by_the_workflow_or_its_input_is_409_or_400_and_stores_nothing() {
        String id = new Sheets(this).registeredWithTarget();
        String improvement = "/api/sheets/" + id + "/fiscal-years/2025/improvement";
        new Sheets(this).stepsUpTo(id, 2025, "opinion");
        long before = events().count();

        Api.Response notPlanned = api().as("staff").post(improvement, Map.of("text", "案", "reason", "理由"));
        assertThat(notPlanned.status()).as(notPlanned.toString()).isEqualTo(409);
        assertThat(notPlanned.json().get("missingStep").asString()).isEqualTo("PlanImprovement");

        api().as("staff").post(improvement, Map.of("text", "次年度は相談支援を強化します。"));
        before = events().count();
        Api.Response withoutReason = api().as("staff").post(improvement, Map.of("text", "別の案"));
        assertThat(withoutReason.status()).as("planned already: a change needs a reason " + withoutReason).isEqualTo(409);
        assertThat(withoutReason.json().get("detail").asString()).contains("reason");
        Api.Response same = api().as("staff").post(improvement, Map.of("text", "次年度は相談支援を強化します。", "reason", "理由"));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("field").asString()).isEqualTo("text");
        Api.Response blankReason = api().as("staff").post(improvement, Map.of("text", "別の案", "reason", " "));
        assertThat(blankReason.status()).isEqualTo(400);
        assertThat(blankReason.json().get("field").asString()).isEqualTo("reason");

        api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/close", Map.of());
        before = events().count();
        Api.Response closed = api().as("staff").post(improvement, Map.of("text", "別の案", "reason", "理由"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("missingStep").asString()).isEqualTo("ReopenReview");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    default void only_the_sheets_own_staff_revise_its_improvement() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "improvement");
        String improvement = "/api/sheets/" + id + "/fiscal-years/2025/improvement";
        long before = events().count();
        for (String role : new String[]{"council", "auditor", "dashboard"}) {
            Api.Response refused = api().as(role).post(improvement, Map.of("text", "別の案", "reason", "理由"));
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
        }
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }
}
