package jp.pdcaledger.app.faults;

import jp.pdcaledger.app.PdcaLedgerApplication;
import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.PostgresTestDatabase;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.TcpProxy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL out of reach for a few seconds under a stream of writes (every connection cut through a proxy, new
 * ones refused): writes meanwhile answer 503 problem documents, health says DOWN, nothing acknowledged is lost,
 * and the service recovers by itself once the database is back.
 */
class DatabaseOutageIT {

    @Test
    void writes_answer_503_while_the_database_is_away_and_the_service_recovers_by_itself() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        int postgresPort = Integer.parseInt(database.url().replaceFirst(".*:(\\d+)/.*", "$1"));
        try (TcpProxy proxy = new TcpProxy(postgresPort);
             ConfigurableApplicationContext app = new SpringApplicationBuilder(PdcaLedgerApplication.class).run(
                     "--server.port=0",
                     "--spring.datasource.url=" + database.url().replaceFirst(":\\d+/", ":" + proxy.port() + "/"),
                     "--spring.datasource.username=" + database.user(),
                     "--spring.datasource.password=" + database.password(),
                     "--pdca.demo-users.enabled=true", "--pdca.demo-data.enabled=false")) {
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                acknowledged.add(register(api, "before-" + i));
            }

            proxy.cut();
            long cutAt = System.nanoTime();
            List<Integer> statusesWhileAway = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Api.Response refused = api.as("admin").header("Idempotency-Key", "away-" + i)
                        .post("/api/sheets", Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
                statusesWhileAway.add(refused.status());
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }
            Api.Response health = api.anonymous().get("/actuator/health");
            assertThat(statusesWhileAway).containsOnly(503);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            while (System.nanoTime() - cutAt < 5_000_000_000L) {
                Thread.sleep(100);
            }

            proxy.open();
            long back = System.nanoTime();
            String recovered = null;
            while (recovered == null && System.nanoTime() - back < 60_000_000_000L) {
                Api.Response retry = api.as("admin").header("Idempotency-Key", "after")
                        .post("/api/sheets", Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
                if (retry.status() == 201) {
                    recovered = retry.json().get("sheetId").asString();
                } else {
                    assertThat(retry.status()).isEqualTo(503);
                    Thread.sleep(100);
                }
            }
            double recoverySeconds = (System.nanoTime() - back) / 1e9;
            assertThat(recovered).as("a write succeeds again once the database is back").isNotNull();
            acknowledged.add(recovered);
            assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);

            try (Connection direct = DriverManager.getConnection(database.url(), database.user(), database.password())) {
                for (String sheet : acknowledged) {
                    try (ResultSet rows = direct.createStatement().executeQuery("SELECT COUNT(*) FROM domainevententry "
                            + "WHERE aggregateIdentifier = '" + sheet + "'")) {
                        rows.next();
                        assertThat(rows.getLong(1)).as("acknowledged sheet " + sheet).isEqualTo(1);
                    }
                }
            }
            System.out.printf("database outage: 5 s away, %d writes refused with 503 meanwhile, first write stored "
                    + "%.1f s after the database came back, %d acknowledged writes all found%n",
                    statusesWhileAway.size(), recoverySeconds, acknowledged.size());
        } finally {
            database.drop();
        }
    }

    private static String register(Api api, String key) {
        Api.Response response = api.as("admin").header("Idempotency-Key", key)
                .post("/api/sheets", Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("sheetId").asString();
    }
}
