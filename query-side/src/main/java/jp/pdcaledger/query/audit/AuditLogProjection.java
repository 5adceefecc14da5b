package jp.pdcaledger.query.audit;

import jp.pdcaledger.kernel.event.EventMetadata;
import jp.pdcaledger.kernel.event.SheetEvent.FiscalYearEvent;
import jp.pdcaledger.query.audit.AuditLogRepository.AuditEntry;
import jp.pdcaledger.query.audit.AuditLogRepository.ChainHead;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the audit log: one row per event (who, when, through which request, why, what changed), each chained to
 * the row before by {@link ChainLink} over the event as stored. One segment, so the chain has a single order.
 */
@Component
@ProcessingGroup(AuditLogProjection.NAME)
public class AuditLogProjection {

    public static final String NAME = "audit";

    private static final Logger logger = LoggerFactory.getLogger(AuditLogProjection.class);

    private final AuditLogRepository log;
    private final EventTable events;
    private final JsonMapper json;

    public AuditLogProjection(AuditLogRepository log, EventTable events, JsonMapper json) {
        this.log = log;
        this.events = events;
        this.json = json;
    }

    /**
     * Appends the event to the chain. Within a batch the chain's head is read once and the rows are inserted
     * together when the batch commits with the processor's token; a batch that fails rolls back its rows and its
     * token alike, so an event is never chained twice.
     */
    @EventHandler
    void on(EventMessage<?> message) {
        PendingChain chain = pendingChain();
        StoredEvent stored = chain.stored(message.getIdentifier());
        Object event = payloadOf(message);
        AuditDescription description = event == null ? AuditDescription.unreadable(stored.payloadType())
                : describe(event, stored);
        String digest = ChainLink.digest(chain.head.digest(), stored);
        AuditEntry entry = new AuditEntry(chain.head.position() + 1, stored.globalIndex(), message.getIdentifier(),
                message.getTimestamp(), stored.aggregateIdentifier(),
                message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null,
                event instanceof FiscalYearEvent yearEvent && yearEvent.fiscalYear() != null
                        ? yearEvent.fiscalYear().value() : null,
                simpleName(stored.payloadType()),
                (String) message.getMetaData().get(EventMetadata.ACTOR),
                (String) message.getMetaData().get(EventMetadata.REQUEST_ID),
                (String) message.getMetaData().get(EventMetadata.REASON),
                description.summary(), json.valueToTree(description.changes()), digest);
        chain.entries.add(entry);
        chain.head = new ChainHead(entry.position(), digest);
    }

    /**
     * The event's payload, or null when it cannot be read (a payload a past version stored that no class of this
     * one can take): the chain is over the event as stored, so the event is chained and logged all the same, and
     * the log does not stop at it.
     */
    private static Object payloadOf(EventMessage<?> message) {
        try {
            return message.getPayload();
        } catch (RuntimeException unreadable) {
            logger.warn("Audit log: the payload of event {} cannot be read; logged as unreadable: {}",
                    message.getIdentifier(), unreadable.toString());
            return null;
        }
    }

    private static AuditDescription describe(Object event, StoredEvent stored) {
        try {
            return AuditDescription.of(event);
        } catch (RuntimeException undescribable) {
            logger.warn("Audit log: event {} cannot be described; logged by its type: {}", stored.eventIdentifier(),
                    undescribable.toString());
            return AuditDescription.unreadable(stored.payloadType());
        }
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    /**
     * The rows of the current batch, not yet written, and the head of the chain after them; and the stored events
     * that come next, read ahead in one query, since one segment sees them in the order of the table.
     */
    private final class PendingChain {
        private static final int READ_AHEAD = 200;
        private final List<AuditEntry> entries = new ArrayList<>();
        private final Map<String, StoredEvent> readAhead = new HashMap<>();
        private ChainHead head;

        StoredEvent stored(String eventIdentifier) {
            StoredEvent stored = readAhead.remove(eventIdentifier);
            if (stored != null) {
                return stored;
            }
            stored = events.byIdentifier(eventIdentifier).orElseThrow(() -> new IllegalStateException(
                    "event " + eventIdentifier + " is not in the event table"));
            readAhead.clear();
            events.after(stored.globalIndex(), READ_AHEAD).forEach(next -> readAhead.put(next.eventIdentifier(), next));
            return stored;
        }
    }

    private PendingChain pendingChain() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PendingChain.class.getName(), key -> {
            PendingChain chain = new PendingChain();
            chain.head = log.head();
            batch.onPrepareCommit(committing -> log.appendAll(chain.entries));
            return chain;
        });
    }

    @ResetHandler
    void reset() {
        log.deleteAll();
    }
}
