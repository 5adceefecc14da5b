package jp.pdcaledger.query.replay;

import jp.pdcaledger.query.audit.EventTable;
import jp.pdcaledger.query.projection.ProjectionCatalog;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The projections by name, and their replay: a rebuild stops the processor, resets its tokens (its
 * {@code @ResetHandler} empties its tables in the same transaction) and starts it again from the first event.
 * A rebuild needs the processor to hold every segment, so on a cluster it runs with the other query nodes'
 * processors for that projection stopped.
 */
@Component
public class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);

    private final EventProcessingConfiguration processing;
    private final ProjectionCatalog catalog;
    private final EventTable events;
    private final ParkedEvents parked;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();

    /**
     * A rebuild under way: it is done once every segment has passed the head of the store as it was at reset. The
     * global index can have gaps (rolled-back transactions), so progress is a fraction of the index range, applied
     * to the number of events counted at the start.
     */
    private static final class Rebuild {
        private final Instant startedAt = Instant.now();
        private final long head;
        private final long events;
        private volatile Instant finishedAt;

        private Rebuild(long head, long events) {
            this.head = head;
            this.events = events;
        }

        long replayed(Long position) {
            if (position == null || head < 0) {
                return 0;
            }
            return Math.round(events * Math.min(1.0, (position + 1.0) / (head + 1.0)));
        }
    }

    public Projections(EventProcessingConfiguration processing, ProjectionCatalog catalog, EventTable events,
                       ParkedEvents parked) {
        this.processing = processing;
        this.catalog = catalog;
        this.events = events;
        this.parked = parked;
    }

    public Optional<StreamingEventProcessor> processor(String name) {
        if (!catalog.contains(name)) {
            return Optional.empty();
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    /** Every projection of this node (see {@link ProjectionCatalog}). */
    public List<String> names() {
        return catalog.names();
    }

    public ProjectionProgress rebuild(String name) {
        StreamingEventProcessor processor = processor(name).orElseThrow();
        log.info("Rebuilding projection {}: stopping its processor, resetting its tokens, replaying", name);
        processor.shutdownAsync().join();
        processor.resetTokens();
        rebuilds.put(name, new Rebuild(events.headIndex(), events.count()));
        processor.start();
        return progress(name);
    }

    public ProjectionProgress progress(String name) {
        StreamingEventProcessor processor = processor(name).orElseThrow();
        long head = events.headIndex();
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = segments.isEmpty() ? null : segments.stream()
                .map(EventTrackerStatus::getCurrentPosition).mapToLong(p -> p.orElse(-1)).min().orElse(-1);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp)
                && position != null && position >= head;
        long lag = position == null ? head + 1 : Math.max(0, head - position);
        Double percent = head < 0 ? 100.0 : position == null ? 0.0 : Math.min(100.0, 100.0 * (position + 1) / (head + 1));
        Rebuild rebuild = rebuilds.get(name);
        if (rebuild == null) {
            return new ProjectionProgress(name, head, position, lag, replaying, caughtUp, percent, null, null, false,
                    null, null, null, parked.of(name));
        }
        long replayed = rebuild.replayed(position);
        if (rebuild.finishedAt == null && position != null && position >= rebuild.head) {
            rebuild.finishedAt = Instant.now();
            log.info("Rebuilt projection {}: {} events in {}", name, replayed,
                    Duration.between(rebuild.startedAt, rebuild.finishedAt));
        }
        Instant until = rebuild.finishedAt == null ? Instant.now() : rebuild.finishedAt;
        double seconds = Math.max(0.001, Duration.between(rebuild.startedAt, until).toNanos() / 1e9);
        return new ProjectionProgress(name, head, position, lag, replaying, caughtUp, percent, rebuild.startedAt,
                rebuild.finishedAt, rebuild.finishedAt != null, rebuild.events, replayed, replayed / seconds,
                parked.of(name));
    }
}
