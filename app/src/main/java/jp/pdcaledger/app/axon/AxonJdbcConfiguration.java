package jp.pdcaledger.app.axon;

import jp.pdcaledger.kernel.event.EventMetadata;
import jp.pdcaledger.query.projection.ProjectionCatalog;
import jp.pdcaledger.query.scaling.QueryNode;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Axon's JDBC event store, token store and transaction manager, declared here because Axon 4.13's own
 * auto-configuration orders itself after Boot 3 class names and so does not apply on Boot 4: without these beans
 * the app would fail at start, or run on Axon's no-op transaction manager. {@code AxonWiringTest} checks the types.
 */
@Configuration(proxyBeanMethods = false)
public class AxonJdbcConfiguration {

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    public ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver(DataSource dataSource) throws Exception {
        return new JdbcSQLErrorCodesResolver();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .dataType(byte[].class)
                .build();
    }

    /**
     * The event store that processors tail. Writes commit in a Spring transaction wider than Axon's unit of work
     * (the idempotency record and the import commit with the events), so Axon's wake-up on commit comes before the
     * rows are visible, and the store would wait its default second before looking again: poll more often.
     */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${pdca.event-store.fetch-delay:25ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 ObjectProvider<QueryNode> queryNode) {
        JdbcTokenStore.Builder tokenStore = JdbcTokenStore.builder();
        queryNode.ifAvailable(node -> tokenStore.nodeId(node.id()));
        return tokenStore
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TokenSchema.builder().build())
                .contentType(byte[].class)
                .claimTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Axon's replay token keeps its reset context as a plain {@code Object} with its class name; Jackson 3 refuses
     * such polymorphic typing unless told which classes may appear. Only Axon's own types and the JDK's basic
     * values may, so a token row can never name an arbitrary class to instantiate.
     */
    @Bean
    public Jackson3SerializerCustomizer trackingTokenTypes() {
        return mapper -> mapper.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("java.lang.")
                .allowIfSubType("java.util.")
                .build());
    }

    /**
     * The safety net under the projections (folds are total over every value an event can hold; this is for what
     * they still cannot handle): per processing group, Axon's JDBC sequenced dead-letter queue ({@code V2_3}
     * migration), sequenced by sheet, so that an event a projection cannot handle is parked with the later events of
     * its sheet while every other sheet flows on. A rebuild clears a group's queue and replays everything, parking
     * again what still fails. Registered here because Axon's auto-configuration does not apply on Boot 4.
     * <p>
     * The audit log is one chain in one order, and its handler reads no payload it could fail on (an event it cannot
     * read is chained and logged as unreadable); if one of its events were still parked, that event (and the later
     * ones of its sheet) would be chained when retried, after the events chained meanwhile: verification follows
     * the chain's own order, and counts the parked events as not yet chained until then.
     */
    @Bean
    public ConfigurerModule projectionDeadLetterQueues(ConnectionProvider connectionProvider,
                                                       TransactionManager transactionManager,
                                                       ObjectProvider<ProjectionCatalog> projections) {
        // a command node runs no projection (and has no catalog)
        return configurer -> configurer.eventProcessing(processing -> projections.stream()
                .flatMap(catalog -> catalog.names().stream()).forEach(group -> processing
                .registerSequencingPolicy(group, configuration -> SequentialPerAggregatePolicy.instance())
                .registerDeadLetterQueue(group, configuration -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(group)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(DeadLetterSchema.defaultSchema())
                        .genericSerializer(configuration.serializer())
                        .eventSerializer(configuration.eventSerializer())
                        .build())
                .registerDeadLetterPolicy(group, configuration -> new ParkingPolicy(group))
                // the cache spares a query per event for "is this sheet parked?" (a segment is claimed by one thread)
                .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (configuration, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache())));
    }

    /** Who, through which request (or import) and why: copied from each command onto the events it causes. */
    @Bean
    public CorrelationDataProvider auditMetadataProvider() {
        return new SimpleCorrelationDataProvider(EventMetadata.ACTOR, EventMetadata.ROLES, EventMetadata.REQUEST_ID,
                EventMetadata.CLIENT_REQUEST_ID, EventMetadata.REASON, EventMetadata.IDEMPOTENCY_KEY,
                EventMetadata.IMPORTED_FROM);
    }

    /** Decides when a fiscal year has begun; a bean so that tests can fix the day. */
    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
