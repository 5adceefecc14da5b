package jp.pdcaledger.app.axon;

import jp.pdcaledger.query.replay.ParkedEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} says {@value #DEGRADED_CODE} while any projection has events parked in its dead-letter
 * queue: their sheets are not shown as they are, and someone has to look ({@code GET /api/admin/projections}) and
 * retry them once the cause is fixed. Degraded, not down: the service still takes writes and answers reads, a restart
 * would not unpark anything, and taking the node out of a load balancer would take every sheet away for the sake of
 * one. So the status sorts between OUT_OF_SERVICE and UP and is answered with HTTP 200 ({@code application.yml}).
 * With the database away the count cannot be read: then this says DOWN (with the other indicators) rather than
 * throwing out of the health endpoint.
 */
@Component
public class ProjectionsHealthIndicator extends AbstractHealthIndicator {

    static final String DEGRADED_CODE = "DEGRADED";
    static final Status DEGRADED = new Status(DEGRADED_CODE, "events parked in a projection's dead-letter queue");

    private final ObjectProvider<ParkedEvents> parked;

    public ProjectionsHealthIndicator(ObjectProvider<ParkedEvents> parked) {
        this.parked = parked;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        ParkedEvents events = parked.getIfAvailable();
        long total = events == null ? 0 : events.total();
        (total == 0 ? health.up() : health.status(DEGRADED)).withDetail("parkedEvents", total);
    }
}
