package jp.pdcaledger.app.projections;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.kernel.event.SheetEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection is a bean with a processing group, and nothing else: this test adds one the app does not know (it
 * counts the sheets it has seen) and finds it rebuilt, measured, parked and health-checked like the app's own,
 * without a line of registration anywhere.
 */
@Import(NewProjectionOnH2Test.SheetsSeen.class)
class NewProjectionOnH2Test extends OnH2 {

    static final String NAME = "sheets-seen";

    @TestConfiguration
    static class SheetsSeen {

        @Bean
        SeenProjection seenProjection() {
            return new SeenProjection();
        }
    }

    @ProcessingGroup(NAME)
    static class SeenProjection {
        final Set<String> sheets = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(SheetEvent event) {
            sheets.add(event.sheetId().value());
        }

        @ResetHandler
        void reset() {
            sheets.clear();
        }
    }

    @Autowired SeenProjection seen;
    @Autowired EventProcessingConfiguration processing;

    @Test
    void a_projection_that_is_only_a_bean_is_listed_rebuilt_measured_and_parked_like_the_apps_own() {
        String id = new Sheets(this).registeredWithTarget();
        Eventually.until("the new projection saw the sheet", () -> seen.sheets.contains(id));

        JsonNode listed = api().as("admin").get("/api/admin/projections").json();
        assertThat(listed.findValuesAsString("name")).contains(NAME, "sheets", "audit", "dashboard");

        Api.Response rebuild = api().as("admin").post("/api/admin/projections/" + NAME + "/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        Eventually.until(NAME + " rebuilt", () -> {
            JsonNode progress = api().as("admin").get("/api/admin/projections/" + NAME).json();
            return progress.get("rebuildDone").asBoolean() && progress.get("caughtUp").asBoolean();
        });
        assertThat(seen.sheets).contains(id);

        assertThat(api().as("admin").get("/actuator/prometheus").body())
                .contains("pdca_projection_lag{processor=\"" + NAME + "\"}")
                .contains("pdca_projection_events_total{processor=\"" + NAME + "\"}");
        assertThat(processing.deadLetterQueue(NAME)).as("its dead letters are parked like the others'").isPresent();
    }
}
