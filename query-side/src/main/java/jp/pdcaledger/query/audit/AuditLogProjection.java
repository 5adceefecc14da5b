package jp.pdcaledger.query.audit;

import jp.pdcaledger.kernel.event.EventMetadata;
import jp.pdcaledger.kernel.event.FiscalYearEvent;
import jp.pdcaledger.query.audit.AuditLogRepository.AuditEntry;
import jp.pdcaledger.query.audit.AuditLogRepository.ChainHead;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the audit log: one row per event (who, when, through which request, why, what changed), each chained to
 * the row before by {@link ChainLink} over the event as stored. One segment, so the chain has a single order.
 */
@Component
@ProcessingGroup(AuditLogProjection.NAME)
public class AuditLogProjection {

    public static final String NAME = "audit";

    private final AuditLogRepository log;
    private final EventTable events;
    private final JsonMapper json;

    public AuditLogProjection(AuditLogRepository log, EventTable events, JsonMapper json) {
        this.log = log;
        this.events = events;
        this.json = json;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (log.contains(message.getIdentifier())) {
            return; // delivered again after a restart: the row is there already
        }
        StoredEvent stored = events.byIdentifier(message.getIdentifier()).orElseThrow(() -> new IllegalStateException(
                "event " + message.getIdentifier() + " is not in the event table"));
        ChainHead head = log.head();
        AuditDescription description = AuditDescription.of(event);
        log.append(new AuditEntry(head.position() + 1, stored.globalIndex(), message.getIdentifier(),
                message.getTimestamp(), stored.aggregateIdentifier(),
                message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null,
                event instanceof FiscalYearEvent yearEvent ? yearEvent.fiscalYear().value() : null,
                event.getClass().getSimpleName(),
                (String) message.getMetaData().get(EventMetadata.ACTOR),
                (String) message.getMetaData().get(EventMetadata.REQUEST_ID),
                (String) message.getMetaData().get(EventMetadata.REASON),
                description.summary(), json.valueToTree(description.changes()),
                ChainLink.digest(head.digest(), stored)));
    }

    @ResetHandler
    void reset() {
        log.deleteAll();
    }
}
