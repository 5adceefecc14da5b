package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan period rolls over into the next (issue 18, item 2): once the period's last year is closed, the next
 * period's sheet is registered, linked to the ending one both ways, and proposes each target's new baseline (the last
 * actual) and the unmet share carried over, by the national guideline.
 */
public interface PeriodRolloverContract extends ApiTest {

    List<String> NEXT_PLANS = List.of("第８期北九州市障害福祉計画", "第４期北九州市障害児福祉計画");

    /** A FY2024–2026 sheet whose last year is closed with 175 of its 470 people reached. */
    private String endedUnmet() {
        String id = new Sheets(this).registeredWithTarget();
        long closed = new Sheets(this).stepsUpTo(id, 2026, "close");
        caughtUp(id, closed);
        return id;
    }

    private void caughtUp(String id, long version) {
        Api.Response read = api().as("admin").get("/api/sheets/" + id + "?minVersion=" + version);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
    }

    private Api.Response rollOver(String user, String id) {
        return api().as(user).post("/api/sheets/" + id + "/next-period", Map.of("planTitles", NEXT_PLANS));
    }

    @Test
    default void the_next_period_is_derived_with_the_last_actual_as_baseline_and_the_unmet_share_carried_over() {
        String ending = endedUnmet();
        long before = events().of(ending).size();

        Api.Response rolled = rollOver("staff", ending);

        assertThat(rolled.status()).as(rolled.toString()).isEqualTo(201);
        String successor = rolled.json().get("sheetId").asString();
        assertThat(rolled.header("Location")).isEqualTo("/api/sheets/" + successor);
        assertThat(rolled.json().get("version").asLong()).isEqualTo(1);
        assertThat(events().of(successor)).extracting(event -> event.type().substring(event.type().lastIndexOf('.') + 1))
                .as("the successor's history begins with its derivation").containsExactly("SheetRegistered", "SheetDerived");
        assertThat(events().of(ending)).hasSize((int) before + 1);

        caughtUp(successor, 1);
        JsonNode next = api().as("staff").get("/api/sheets/" + successor).json();
        assertThat(next.get("period").get("firstFiscalYear").asInt()).isEqualTo(2027);
        assertThat(next.get("period").get("lastFiscalYear").asInt()).isEqualTo(2029);
        assertThat(next.get("planTitles").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(NEXT_PLANS);
        assertThat(next.get("outcomeTarget").get("title").asString()).isEqualTo("地域生活への移行");
        assertThat(next.get("municipality").get("code").asString()).isEqualTo(Sheets.KITAKYUSHU);
        assertThat(next.get("targets")).as("the user defines them, from the proposal").isEmpty();
        assertThat(next.get("predecessor").get("sheetId").asString()).isEqualTo(ending);
        assertThat(next.get("predecessor").get("period").get("firstFiscalYear").asInt()).isEqualTo(2024);
        assertThat(next.has("successor")).isFalse();

        caughtUp(ending, before);
        JsonNode ended = api().as("staff").get("/api/sheets/" + ending).json();
        assertThat(ended.get("successor").get("sheetId").asString()).isEqualTo(successor);
        assertThat(ended.get("successor").get("linked").get("actor").asString()).isEqualTo("staff");

        Api.Response carryOver = api().as("staff").get("/api/sheets/" + successor + "/carry-over");
        assertThat(carryOver.status()).as(carryOver.toString()).isEqualTo(200);
        JsonNode target = carryOver.json().get(0);
        assertThat(target.get("key").asString()).isEqualTo(Sheets.TARGET);
        assertThat(target.get("lastActual").get("value").asInt()).as("the new baseline").isEqualTo(175);
        assertThat(target.get("lastActual").get("fiscalYear").asInt()).isEqualTo(2026);
        assertThat(target.get("met").asBoolean()).isFalse();
        assertThat(target.get("unmet").asInt()).as("470 targeted, 175 reached").isEqualTo(295);
        assertThat(api().as("staff").get("/api/sheets/" + ending + "/carry-over").json())
                .as("a sheet not derived from another has nothing carried over").isEmpty();

        // the history is the audit log's projection, which may lag the sheet's view
        Api.Response history = jp.pdcaledger.app.support.Eventually.value("the successor's history",
                () -> api().as("auditor").get("/api/sheets/" + successor + "/history"),
                answer -> answer.body().contains("SheetDerived"));
        assertThat(history.body()).contains("前期のシート（2024-2026）から次期のシートとして作成");
    }

    @Test
    default void a_period_whose_last_year_is_open_does_not_roll_over_and_nothing_is_stored() {
        String id = new Sheets(this).registeredWithTarget();
        caughtUp(id, new Sheets(this).stepsUpTo(id, 2026, "improvement"));
        long before = events().count();

        Api.Response refused = rollOver("staff", id);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("missingStep").asString()).isEqualTo("CloseReview");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_period_rolls_over_once() {
        String ending = endedUnmet();
        assertThat(rollOver("admin", ending).status()).isEqualTo(201);
        long before = events().count();

        Api.Response again = rollOver("staff", ending);

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("次期のシートは登録済み");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void the_next_plans_titles_are_required_and_named_when_missing() {
        String ending = endedUnmet();
        long before = events().count();
        for (Object body : List.of(Map.of(), Map.of("planTitles", List.of()), Map.of("planTitles", List.of("")))) {
            Api.Response refused = api().as("staff").post("/api/sheets/" + ending + "/next-period", body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.body()).as(body.toString()).contains("planTitles");
        }
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void only_the_sheets_own_staff_or_an_admin_roll_it_over() {
        String ending = endedUnmet();
        long before = events().count();
        for (String user : List.of("council", "auditor", "dashboard")) {
            assertThat(rollOver(user, ending).status()).as(user).isEqualTo(403);
        }
        assertThat(api().anonymous().post("/api/sheets/" + ending + "/next-period", Map.of("planTitles", NEXT_PLANS))
                .status()).isEqualTo(401);
        assertThat(api().as("staff").post("/api/sheets/00000000-0000-4000-8000-000000000000/next-period",
                Map.of("planTitles", NEXT_PLANS)).status()).isEqualTo(404);
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void the_lineage_survives_export_and_import_when_the_earlier_sheet_is_imported_first() {
        String ending = endedUnmet();
        Api.Response rolled = rollOver("staff", ending);
        String successor = rolled.json().get("sheetId").asString();
        caughtUp(successor, 1);

        JsonNode exported = api().as("auditor").get("/api/sheets/" + successor + "/export").json();
        assertThat(exported.get("predecessor").get("period").get("lastFiscalYear").asInt()).isEqualTo(2026);
        assertThat(api().as("auditor").get("/api/sheets/" + ending + "/export").json().has("predecessor"))
                .as("the earlier sheet follows none").isFalse();

        // the pair again under an outcome-target number of their own, as another ledger would receive them
        int number = OUTCOME_NUMBERS.incrementAndGet();
        tools.jackson.databind.node.ObjectNode earlier = (tools.jackson.databind.node.ObjectNode)
                api().as("auditor").get("/api/sheets/" + ending + "/export").json();
        ((tools.jackson.databind.node.ObjectNode) earlier.get("outcomeTarget")).put("number", number);
        tools.jackson.databind.node.ObjectNode later = (tools.jackson.databind.node.ObjectNode) exported;
        ((tools.jackson.databind.node.ObjectNode) later.get("outcomeTarget")).put("number", number);

        long before = events().count();
        Api.Response orphan = api().as("admin").post("/api/sheets/import", later.toString());
        assertThat(orphan.status()).as("the earlier sheet is not there yet: " + orphan).isEqualTo(400);
        assertThat(orphan.body()).contains("predecessor.period");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);

        Api.Response first = api().as("admin").post("/api/sheets/import", earlier.toString());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Response second = api().as("admin").post("/api/sheets/import", later.toString());
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        String imported = second.json().get("sheetId").asString();
        caughtUp(imported, second.json().get("version").asLong());

        JsonNode reexported = api().as("auditor").get("/api/sheets/" + imported + "/export").json();
        assertThat(reexported).isEqualTo(later);
        JsonNode importedEarlier = api().as("auditor").get("/api/sheets/" + first.json().get("sheetId").asString()
                + "?minVersion=" + (events().of(first.json().get("sheetId").asString()).size() - 1)).json();
        assertThat(importedEarlier.get("successor").get("sheetId").asString()).isEqualTo(imported);
        assertThat(events().of(imported).get(1).type()).endsWith("SheetDerived");
    }
}
