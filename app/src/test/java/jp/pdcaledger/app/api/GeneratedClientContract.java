package jp.pdcaledger.app.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.client.ApiClient;
import jp.pdcaledger.client.ApiException;
import jp.pdcaledger.client.api.PdcaLedgerApi;
import jp.pdcaledger.client.model.AuditEntry;
import jp.pdcaledger.client.model.CorrectActual;
import jp.pdcaledger.client.model.CouncilOpinion;
import jp.pdcaledger.client.model.DefineTarget;
import jp.pdcaledger.client.model.Evaluation;
import jp.pdcaledger.client.model.Improvement;
import jp.pdcaledger.client.model.MunicipalityBody;
import jp.pdcaledger.client.model.OutcomeTargetBody;
import jp.pdcaledger.client.model.Page;
import jp.pdcaledger.client.model.PdcaSheetDocument;
import jp.pdcaledger.client.model.PeriodBody;
import jp.pdcaledger.client.model.Problem;
import jp.pdcaledger.client.model.RecordActual;
import jp.pdcaledger.client.model.RegisterSheet;
import jp.pdcaledger.client.model.SheetAnswer;
import jp.pdcaledger.client.model.WriteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The whole workflow through the client generated from the committed API description
 * (src/test/resources/openapi/pdca-ledger.json) and nothing else, as a vendor's system would drive it: if the
 * description lies about a path, a parameter, a body or an answer, this fails. Each refusal is read as the description
 * types it, a {@link Problem}.
 */
public interface GeneratedClientContract extends ApiTest {

    String TARGET = "group-homes";

    /** Signed in as the demo user (HTTP Basic, as the description's basicAuth says), or anonymous for null. */
    default PdcaLedgerApi client(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + api().port());
        if (user != null) {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
            client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        }
        client.setReadTimeout(Duration.ofSeconds(30));
        // a field the description's model lacks is a fault here too, as in every other test's answers (DescribedAnswers)
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return new PdcaLedgerApi(client);
    }

    private static ObjectMapper json() {
        return new ApiClient().getObjectMapper();
    }

    @Test
    default void the_seed_document_imports_and_exports_through_the_generated_client() throws Exception {
        PdcaSheetDocument seed;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/kitakyushu-5th-outcome3.json")) {
            seed = json().readValue(in, PdcaSheetDocument.class);
        }
        seed.getOutcomeTarget().setNumber(OUTCOME_NUMBERS.incrementAndGet());

        WriteResult imported = client("admin").importSheet(seed, UUID.randomUUID().toString());
        PdcaSheetDocument exported = client("auditor").exportSheet(imported.getSheetId(), null, imported.getVersion());

        assertThat(exported).isEqualTo(seed);
    }

    @Test
    default void a_whole_fiscal_year_runs_to_close_through_the_generated_client() throws Exception {
        PdcaLedgerApi admin = client("admin");
        PdcaLedgerApi staff = client("staff");
        PdcaLedgerApi council = client("council");
        String id = admin.registerSheet(registration(), null).getSheetId();
        long version = admin.defineTarget(id, target(), "\"0\"", null).getVersion();

        version = staff.recordAnnualActual(id, "R7", new RecordActual().key(TARGET).value(new BigDecimal("175")),
                etag(version), UUID.randomUUID().toString()).getVersion();
        version = staff.evaluate(id, "2025", new Evaluation().text("目標に向けて進んでいます。"), etag(version), null)
                .getVersion();
        council.hearCouncil(id, "2025", new CouncilOpinion().text("取組を具体化してください。"), null, null);
        council.hearCouncil(id, "令和7年度", new CouncilOpinion().text("相談支援の体制を示してください。"), null, null);
        staff.correctAnnualActual(id, "2025", TARGET, new CorrectActual().value(new BigDecimal("180"))
                .reason("集計漏れの訂正"), null, null);
        staff.planImprovement(id, "2025", new Improvement().text("次年度は相談支援を強化します。"), null, null);
        WriteResult closed = staff.closeReview(id, "2025", null, null, null);

        Page history = client("auditor").getSheetHistory(id, 0, 100, closed.getVersion());
        assertThat(history.getItems()).extracting(AuditEntry::getType).containsExactly("SheetRegistered",
                "TargetDefined", "AnnualActualRecorded", "EvaluationSubmitted", "CouncilOpinionAdded",
                "CouncilOpinionAdded", "AnnualActualCorrected", "ImprovementPlanned", "ReviewClosed");
        assertThat(history.getItems().get(6).getReason()).isEqualTo("集計漏れの訂正");

        Instant afterwards = (TODAY.isAfter(Instant.now()) ? TODAY : Instant.now()).plusSeconds(3600);
        SheetAnswer asOf = client("auditor").getSheet(id, afterwards.toString(), null);
        assertThat(asOf.getVersion()).isEqualTo(closed.getVersion());
        assertThat(asOf.getFiscalYears()).filteredOn(year -> year.getFiscalYear() == 2025).singleElement()
                .satisfies(year -> assertThat(year.getCouncilOpinions()).hasSize(2));
        Problem beforeItExisted = problem(() -> client("auditor").getSheet(id, "2000-01-01T00:00:00Z", null), 404);
        assertThat(beforeItExisted.getType()).isEqualTo(URI.create("urn:pdca-ledger:problem:sheet-not-found"));
    }

    @Test
    default void every_refusal_reaches_the_generated_client_as_a_typed_problem() throws Exception {
        PdcaLedgerApi staff = client("staff");
        String id = client("admin").registerSheet(registration(), null).getSheetId();
        client("admin").defineTarget(id, target(), null, null);

        Problem outOfOrder = problem(() -> staff.planImprovement(id, "2026", new Improvement().text("改善"), null, null), 409);
        assertThat(outOfOrder.getType()).isEqualTo(URI.create("urn:pdca-ledger:problem:step-not-allowed"));
        assertThat(outOfOrder.getMissingStep()).isEqualTo("RecordAnnualActual");

        Problem stale = problem(() -> staff.recordAnnualActual(id, "2026", new RecordActual().key(TARGET)
                .value(BigDecimal.ONE), "\"0\"", null), 409);
        assertThat(stale.getType()).isEqualTo(URI.create("urn:pdca-ledger:problem:version-conflict"));
        assertThat(stale.getExpectedVersion()).isZero();
        assertThat(stale.getCurrentVersion()).isEqualTo(1L);

        Problem invalid = problem(() -> staff.recordAnnualActual(id, "2026", new RecordActual().key("no-such-target")
                .value(BigDecimal.ONE), null, null), 400);
        assertThat(invalid.getField()).isEqualTo("key");
        assertThat(invalid.getErrors()).isNotEmpty();

        Problem forbidden = problem(() -> client("council").recordAnnualActual(id, "2026", new RecordActual()
                .key(TARGET).value(BigDecimal.ONE), null, null), 403);
        assertThat(forbidden.getType()).isEqualTo(URI.create("urn:pdca-ledger:problem:forbidden"));

        String key = UUID.randomUUID().toString();
        staff.recordAnnualActual(id, "2026", new RecordActual().key(TARGET).value(BigDecimal.ONE), null, key);
        Problem reused = problem(() -> staff.evaluate(id, "2026", new Evaluation().text("評価"), null, key), 422);
        assertThat(reused.getType()).isEqualTo(URI.create("urn:pdca-ledger:problem:idempotency-key-reused"));

        Problem unknown = problem(() -> staff.evaluate(UUID.randomUUID().toString(), "2026",
                new Evaluation().text("評価"), null, null), 404);
        assertThat(unknown.getType()).isEqualTo(URI.create("urn:pdca-ledger:problem:sheet-not-found"));

        Problem anonymous = problem(() -> client(null).listSheets(null, null, null, null, null), 401);
        assertThat(anonymous.getType()).isEqualTo(URI.create("urn:pdca-ledger:problem:unauthenticated"));
    }

    /** The refusal the call is answered with, read as the description's problem schema. */
    private static Problem problem(Executable call, int status) {
        ApiException refused = assertThrows(ApiException.class, call);
        assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        try {
            Problem problem = json().readValue(refused.getResponseBody(), Problem.class);
            assertThat(problem.getStatus()).isEqualTo(status);
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static RegisterSheet registration() {
        return new RegisterSheet()
                .municipality(new MunicipalityBody().code("401005").name("北九州市"))
                .planTitles(List.of("第７期北九州市障害福祉計画", "第３期北九州市障害児福祉計画"))
                .period(new PeriodBody().firstFiscalYear(2024).lastFiscalYear(2026))
                .department("保健福祉局 障害福祉部")
                .councilName("北九州市障害者自立支援協議会")
                .outcomeTarget(new OutcomeTargetBody().number(OUTCOME_NUMBERS.incrementAndGet()).title("地域生活への移行"));
    }

    private static DefineTarget target() {
        return new DefineTarget().key(TARGET).name("グループホームの利用者数").kind(DefineTarget.KindEnum.NUMERIC)
                .unit("人").targetValue(new BigDecimal("470")).deadlineFiscalYear(2026)
                .direction(DefineTarget.DirectionEnum.INCREASE).cumulative(false).rationale("国の指針に基づき設定");
    }
}
