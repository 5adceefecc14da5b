package jp.pdcaledger.query.replay;

import java.time.Instant;

/**
 * Where a projection's processor stands against the head of the event store: {@code lag} events behind, whether it
 * has caught up, and for the last rebuild on this node when it started and finished, how many events it had to
 * replay, how many it has, and at what rate; and what it has {@code parked} in its dead-letter queue (events it could
 * not handle, with the later events of their sheets), which {@code caughtUp} does not wait for.
 */
public record ProjectionProgress(String name, long headGlobalIndex, Long position, long lag, boolean replaying,
                                 boolean caughtUp, Double percent, Instant rebuildStartedAt, Instant rebuildFinishedAt,
                                 boolean rebuildDone, Long rebuildTotalEvents, Long rebuildReplayedEvents,
                                 Double eventsPerSecond, ParkedEvents.Parked parked) {
}
