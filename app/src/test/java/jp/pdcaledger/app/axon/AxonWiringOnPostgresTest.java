package jp.pdcaledger.app.axon;

import jp.pdcaledger.app.support.OnPostgres;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's auto-configuration does not apply on Boot 4.1, and its fallbacks are silent (an in-memory token store, a
 * no-op transaction manager, XStream): this pins the types the app must run with, on the real store.
 */
class AxonWiringOnPostgresTest extends OnPostgres {

    @Autowired EventStorageEngine storageEngine;
    @Autowired EventStore eventStore;
    @Autowired TokenStore tokenStore;
    @Autowired TransactionManager transactionManager;
    @Autowired ConnectionProvider connectionProvider;
    @Autowired Serializer serializer;
    @Autowired @Qualifier("eventSerializer") Serializer eventSerializer;
    @Autowired @Qualifier("messageSerializer") Serializer messageSerializer;
    @Autowired DataSource dataSource;

    @Test
    void events_are_stored_by_the_jdbc_engine_in_postgresql() throws Exception {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(eventStore).isInstanceOf(EmbeddedEventStore.class);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void tokens_live_in_the_same_database_and_transactions_are_springs() {
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(connectionProvider).isInstanceOf(UnitOfWorkAwareConnectionProviderWrapper.class);
    }

    @Test
    void events_messages_and_everything_else_are_serialized_as_json_with_jackson_3() {
        assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
        assertThat(messageSerializer).isInstanceOf(Jackson3Serializer.class);
    }

    @Autowired org.axonframework.config.EventProcessingConfiguration processing;

    @Test
    void every_projection_parks_what_it_cannot_handle_in_a_jdbc_dead_letter_queue_sequenced_by_sheet() {
        for (String projection : java.util.List.of("sheets", "audit", "dashboard")) {
            assertThat(processing.deadLetterQueue(projection)).as(projection).get()
                    .isInstanceOf(org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue.class);
            assertThat(processing.sequencedDeadLetterProcessor(projection)).as(projection).isPresent();
            assertThat(processing.deadLetterPolicy(projection)).as(projection).get().isInstanceOf(ParkingPolicy.class);
            org.axonframework.eventhandling.async.SequencingPolicy<? super org.axonframework.eventhandling.EventMessage<?>>
                    policy = processing.sequencingPolicy(projection);
            // the sequence a dead letter parks is the sheet: its later events wait behind it, the other sheets do not
            assertThat(policy.getSequenceIdentifierFor(new org.axonframework.eventhandling.GenericDomainEventMessage<>(
                    "ManagementSheet", "the-sheet", 3, "payload"))).as(projection).isEqualTo("the-sheet");
        }
    }

    @Test
    void the_view_documents_are_compressed_with_lz4_where_the_server_has_it() throws Exception {
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            java.sql.ResultSet lz4 = statement.executeQuery("SELECT 1 FROM pg_settings"
                    + " WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)");
            boolean available = lz4.next();
            java.sql.ResultSet columns = statement.executeQuery("SELECT attrelid::regclass::text, attcompression"
                    + " FROM pg_attribute WHERE attname = 'document'"
                    + " AND attrelid IN ('sheet_view'::regclass, 'dashboard_sheet'::regclass) ORDER BY 1");
            java.util.Map<String, String> compression = new java.util.TreeMap<>();
            while (columns.next()) {
                compression.put(columns.getString(1), columns.getString(2));
            }
            // 'l' is LZ4; '' is the server's default (pglz)
            String expected = available ? "l" : "";
            assertThat(compression).containsOnly(java.util.Map.entry("dashboard_sheet", expected),
                    java.util.Map.entry("sheet_view", expected));
        }
    }
}
