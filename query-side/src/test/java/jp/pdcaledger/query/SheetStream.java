package jp.pdcaledger.query;

import jp.pdcaledger.kernel.event.EventMetadata;
import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.query.sheetview.SheetFold;
import jp.pdcaledger.query.sheetview.SheetView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet's event stream as the store would hand it out: sequence numbers from 0, one event a minute from a given
 * instant, each with the metadata the command side attaches (actor, roles, request id and, where given, the reason).
 */
public final class SheetStream {

    public static final String STAFF = "yamada@city.kitakyushu.lg.jp";
    public static final String SECRETARIAT = "council-secretariat@city.kitakyushu.lg.jp";

    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private Instant next = Instant.parse("2019-04-15T00:30:00Z");
    private String actor = STAFF;

    public static SheetStream of(SheetEvent... events) {
        SheetStream stream = new SheetStream();
        for (SheetEvent event : events) {
            stream.then(event);
        }
        return stream;
    }

    /** The following events happen from this instant on, one a minute. */
    public SheetStream at(String instant) {
        next = Instant.parse(instant);
        return this;
    }

    /** The following events are sent by this person. */
    public SheetStream by(String person) {
        actor = person;
        return this;
    }

    public SheetStream then(SheetEvent... events) {
        for (SheetEvent event : events) {
            append(event, null);
        }
        return this;
    }

    /** A correction, revision or reopening: the reason travels as metadata. */
    public SheetStream because(String reason, SheetEvent event) {
        append(event, reason);
        return this;
    }

    private void append(SheetEvent event, String reason) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR, actor);
        metadata.put(EventMetadata.ROLES, "ROLE_STAFF");
        metadata.put(EventMetadata.REQUEST_ID, "req-" + events.size());
        if (reason != null) {
            metadata.put(EventMetadata.REASON, reason);
        }
        long sequence = events.size();
        events.add(new GenericDomainEventMessage<>(event.getClass().getSimpleName(), event.sheetId().value(), sequence,
                event, MetaData.from(metadata), "event-" + sequence, next));
        next = next.plus(Duration.ofMinutes(1));
    }

    public List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }

    public DomainEventMessage<?> event(int sequence) {
        return events.get(sequence);
    }

    public DomainEventMessage<?> last() {
        return events.get(events.size() - 1);
    }

    public int size() {
        return events.size();
    }

    /** The sheet after all its events. */
    public SheetView fold() {
        return SheetFold.of(events);
    }

    /** The sheet as it stood after its first {@code count} events. */
    public SheetView foldFirst(int count) {
        return SheetFold.of(events.subList(0, count));
    }
}
