package jp.pdcaledger.app.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import java.sql.SQLException;

/**
 * When a projection's handler fails on an event: an event it cannot handle is parked in the dead-letter queue (with
 * the later events of its sheet) so that the other sheets keep flowing; a failure of the database is not the
 * event's fault and is thrown on, so that the processor rolls its batch back and tries again once the database is
 * back, as it did before there was a queue. Parking it instead would leave sound events parked after every outage
 * (and on PostgreSQL the failed statement has spoilt the transaction the letter would be written in anyway).
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);

    private final String processingGroup;

    ParkingPolicy(String processingGroup) {
        this.processingGroup = processingGroup;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (fromTheDatabase(cause)) {
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        EventMessage<?> event = letter.message();
        log.warn("Projection {} parks event {} ({}{}) in the dead-letter queue: {}", processingGroup,
                event.getIdentifier(), event.getPayloadType().getSimpleName(),
                event instanceof DomainEventMessage<?> domain
                        ? " of sheet " + domain.getAggregateIdentifier() + " #" + domain.getSequenceNumber() : "",
                cause.toString());
        // the message as Axon keeps it is the exception's own, which can be of any length
        return Decisions.enqueue(ThrowableCause.truncated(cause));
    }

    private static boolean fromTheDatabase(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessException || t instanceof SQLException
                    || t instanceof org.axonframework.common.jdbc.JdbcException
                    || t instanceof org.springframework.transaction.TransactionException) {
                return true;
            }
        }
        return false;
    }
}
