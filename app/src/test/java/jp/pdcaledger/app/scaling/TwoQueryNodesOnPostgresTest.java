package jp.pdcaledger.app.scaling;

import io.micrometer.core.instrument.MeterRegistry;
import jp.pdcaledger.app.PdcaLedgerApplication;
import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.PostgresTestDatabase;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query nodes (two application contexts) on one PostgreSQL: they split each processor's segments through the
 * token store, every event is projected once, and when one node stops the other takes its segments over.
 */
class TwoQueryNodesOnPostgresTest {

    private static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create();
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = node("node-a");
        nodeB = node("node-b");
    }

    @AfterAll
    static void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null && nodeA.isActive()) {
            nodeA.close();
        }
        DATABASE.drop();
    }

    private static ConfigurableApplicationContext node(String id) {
        return new SpringApplicationBuilder(PdcaLedgerApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + DATABASE.url(),
                "--spring.datasource.username=" + DATABASE.user(),
                "--spring.datasource.password=" + DATABASE.password(),
                "--pdca.demo-users.enabled=true",
                "--pdca.demo-data.enabled=false",
                "--pdca.node-id=" + id,
                "--pdca.query.balance-interval=300ms");
    }

    @Test
    void two_nodes_split_the_segments_project_every_event_once_and_one_takes_over_when_the_other_stops() {
        Eventually.until("sheets and dashboard segments split two and two", () ->
                owners("sheets").equals(Map.of("node-a", 2L, "node-b", 2L))
                        && owners("dashboard").equals(Map.of("node-a", 2L, "node-b", 2L)));

        int sheetsWritten = writeSheets(api(nodeA), 6) + writeSheets(api(nodeB), 6);
        long events = eventCount();
        awaitProjected(events, sheetsWritten);

        assertThat(projected(nodeA, "sheets")).isPositive();
        assertThat(projected(nodeB, "sheets")).isPositive();
        assertThat(projected(nodeA, "sheets") + projected(nodeB, "sheets")).isEqualTo(events);
        assertThat(projected(nodeA, "dashboard") + projected(nodeB, "dashboard")).isEqualTo(events);
        assertThat(projected(nodeA, "audit") + projected(nodeB, "audit")).isEqualTo(events);

        double projectedByA = projected(nodeA, "sheets");
        nodeA.close();
        Eventually.until("node-b holds every segment", () ->
                owners("sheets").equals(Map.of("node-b", 4L)) && owners("dashboard").equals(Map.of("node-b", 4L))
                        && owners("audit").equals(Map.of("node-b", 1L)));
        int moreSheets = writeSheets(api(nodeB), 6);
        long allEvents = eventCount();
        awaitProjected(allEvents, sheetsWritten + moreSheets);

        assertThat(projectedByA + projected(nodeB, "sheets")).isEqualTo(allEvents);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single()).isEqualTo(allEvents);
    }

    /** Registers sheets (each with a target and an actual) through a node's HTTP API; answers how many. */
    private static int writeSheets(Api api, int count) {
        for (int i = 0; i < count; i++) {
            Api.Response registered = api.as("admin").post("/api/sheets",
                    Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            String id = registered.json().get("sheetId").asString();
            assertThat(api.as("admin").post("/api/sheets/" + id + "/targets", Sheets.numericTarget(Sheets.TARGET))
                    .status()).isEqualTo(200);
            assertThat(api.as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                    Map.of("key", Sheets.TARGET, "value", i)).status()).isEqualTo(200);
        }
        return count;
    }

    private static void awaitProjected(long events, int sheets) {
        Eventually.until("every event projected by every projection", () ->
                jdbc().sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single() == events
                        && jdbc().sql("SELECT COUNT(*) FROM sheet_view WHERE version = 2").query(Long.class).single() == sheets
                        && jdbc().sql("SELECT COUNT(*) FROM dashboard_sheet WHERE version = 2").query(Long.class).single() == sheets);
    }

    private static Map<String, Long> owners(String processor) {
        List<String> owners = jdbc().sql("SELECT owner FROM tokenentry WHERE processorName = ?").param(processor)
                .query(String.class).list();
        return owners.stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(owner -> owner, Collectors.counting()));
    }

    private static double projected(ConfigurableApplicationContext node, String processor) {
        return node.getBean(MeterRegistry.class).get("pdca.projection.events").tag("processor", processor)
                .counter().count();
    }

    private static long eventCount() {
        return jdbc().sql("SELECT COUNT(*) FROM domainevententry").query(Long.class).single();
    }

    private static JdbcClient jdbc() {
        return (nodeB.isActive() ? nodeB : nodeA).getBean(JdbcClient.class);
    }

    private static Api api(ConfigurableApplicationContext node) {
        return new Api(((WebServerApplicationContext) node).getWebServer().getPort());
    }
}
