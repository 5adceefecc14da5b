package jp.pdcaledger.query.replay;

import jp.pdcaledger.query.projection.ProjectionCatalog;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events each projection has parked in its dead-letter queue (an event it could not handle, and the later events
 * of the same sheet behind it), and their retry once the cause is fixed. Only the letters' identity is read, never
 * their payloads: a letter is often parked because its payload cannot be read.
 */
@Component
public class ParkedEvents {

    /** How many parked events a listing names; the counts are always whole. */
    static final int LISTED = 50;

    private final EventProcessingConfiguration processing;
    private final ProjectionCatalog catalog;

    public ParkedEvents(EventProcessingConfiguration processing, ProjectionCatalog catalog) {
        this.catalog = catalog;
        this.processing = processing;
    }

    /** What one projection has parked: how many events, of how many sheets, and the first {@value #LISTED} of them. */
    public record Parked(long events, long sheets, List<Letter> letters) {

        static final Parked NONE = new Parked(0, 0, List.of());
    }

    /** One parked event: its sheet and place in the sheet's stream, its type, when it was parked and why. */
    public record Letter(String sheetId, Long sequenceNumber, String eventId, String type, Instant parkedAt,
                         Instant lastTriedAt, String causeType, String cause) {
    }

    /** What a retry did: the sheets it tried, those whose events all went through, and what is still parked. */
    public record Retry(String name, long sheetsTried, long sheetsCleared, Parked stillParked) {
    }

    public Parked of(String name) {
        return queue(name).map(queue -> {
            List<Letter> letters = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (letters.size() == LISTED) {
                        break;
                    }
                    letters.add(letter(letter));
                }
                if (letters.size() == LISTED) {
                    break;
                }
            }
            return new Parked(queue.size(), queue.amountOfSequences(), List.copyOf(letters));
        }).orElse(Parked.NONE);
    }

    /** Whether any projection has parked anything. */
    public long total() {
        return catalog.names().stream().mapToLong(name -> queue(name).map(SequencedDeadLetterQueue::size).orElse(0L))
                .sum();
    }

    /**
     * Hands each parked sheet once more to the projection, oldest first: a sheet whose events all go through leaves
     * the queue, one that fails again stays parked with the new cause (and goes to the back of the queue).
     */
    public Retry retry(String name) {
        long sheets = queue(name).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        long cleared = 0;
        var processor = processing.sequencedDeadLetterProcessor(name);
        if (processor.isPresent()) {
            for (long sheet = 0; sheet < sheets; sheet++) {
                if (processor.get().processAny()) {
                    cleared++;
                }
            }
        }
        return new Retry(name, sheets, cleared, of(name));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String name) {
        return catalog.contains(name) ? processing.deadLetterQueue(name) : Optional.empty();
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new Letter(domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), event.getIdentifier(),
                event.getPayloadType().getSimpleName(), letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null));
    }
}
