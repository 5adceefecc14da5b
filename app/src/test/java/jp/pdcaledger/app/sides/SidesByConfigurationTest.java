package jp.pdcaledger.app.sides;

import jp.pdcaledger.app.PdcaLedgerApplication;
import jp.pdcaledger.command.web.SheetCommandController;
import jp.pdcaledger.query.sheetview.SheetViewProjection;
import jp.pdcaledger.query.web.SheetQueryController;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The same jar runs as a command node or as a query node, by configuration. */
class SidesByConfigurationTest {

    private static ConfigurableApplicationContext start(String... properties) {
        String[] args = new String[properties.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--spring.datasource.url=jdbc:h2:mem:sides-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        args[2] = "--pdca.demo-data.enabled=false";
        System.arraycopy(properties, 0, args, 3, properties.length);
        return new SpringApplicationBuilder(PdcaLedgerApplication.class).run(args);
    }

    @Test
    void a_command_node_takes_commands_and_projects_nothing() {
        try (ConfigurableApplicationContext node = start("--pdca.side.query.enabled=false")) {
            assertThat(node.getBeanNamesForType(SheetCommandController.class)).hasSize(1);
            assertThat(node.getBeanNamesForType(SheetQueryController.class)).isEmpty();
            assertThat(node.getBeanNamesForType(SheetViewProjection.class)).isEmpty();
            assertThat(node.getBean(EventProcessingConfiguration.class).eventProcessors()).isEmpty();
        }
    }

    @Test
    void a_query_node_projects_and_answers_reads_but_takes_no_commands() {
        try (ConfigurableApplicationContext node = start("--pdca.side.command.enabled=false")) {
            assertThat(node.getBeanNamesForType(SheetCommandController.class)).isEmpty();
            assertThat(node.getBeanNamesForType(SheetQueryController.class)).hasSize(1);
            assertThat(node.getBean(EventProcessingConfiguration.class).eventProcessors())
                    .containsKeys("sheets", "audit", "dashboard");
        }
    }
}
