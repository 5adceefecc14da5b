package jp.pdcaledger.query.scaling;

import jp.pdcaledger.query.replay.Projections;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shares each processor's segments fairly among the live query nodes. Claiming stays Axon's (through the token
 * store); what Axon 4 lacks without Axon Server is the nudge: a node that holds more than its share releases the
 * surplus for a while with {@link StreamingEventProcessor#releaseSegment}, and another node claims it. A node that
 * stops releases its claims, a node that dies has them expire, and the others claim them: that is the take-over.
 */
@Component
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final Projections projections;
    private final JdbcClient jdbc;
    private final QueryNode node;
    private final Duration interval;

    public SegmentBalancer(Projections projections, JdbcClient jdbc, QueryNode node,
                           @Value("${pdca.query.balance-interval:2s}") Duration interval) {
        this.projections = projections;
        this.jdbc = jdbc;
        this.node = node;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${pdca.query.balance-interval:2s}", initialDelayString = "${pdca.query.balance-interval:2s}")
    public void balance() {
        heartbeat();
        int liveNodes = liveNodes();
        for (String name : projections.names()) {
            projections.processor(name).filter(StreamingEventProcessor::isRunning)
                    .ifPresent(processor -> shareFairly(name, processor, liveNodes));
        }
    }

    private void shareFairly(String name, StreamingEventProcessor processor, int liveNodes) {
        int segments = jdbc.sql("SELECT COUNT(*) FROM tokenentry WHERE processorName = ?").param(name)
                .query(Integer.class).single();
        int fairShare = (segments + liveNodes - 1) / Math.max(1, liveNodes);
        List<Integer> mine = processor.processingStatus().keySet().stream().sorted(Comparator.reverseOrder()).toList();
        int surplus = mine.size() - fairShare;
        for (int i = 0; i < surplus; i++) {
            log.info("Node {} releases segment {} of {} ({} live nodes, fair share {})", node.id(), mine.get(i), name,
                    liveNodes, fairShare);
            processor.releaseSegment(mine.get(i), interval.toMillis() * 3, TimeUnit.MILLISECONDS);
        }
    }

    private void heartbeat() {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.sql("UPDATE query_node SET heartbeat_at = ? WHERE node_id = ?").params(now, node.id()).update() == 0) {
            jdbc.sql("INSERT INTO query_node (node_id, heartbeat_at) VALUES (?, ?)").params(node.id(), now).update();
        }
    }

    private int liveNodes() {
        Timestamp since = Timestamp.from(Instant.now().minus(interval.multipliedBy(3)));
        return jdbc.sql("SELECT COUNT(*) FROM query_node WHERE heartbeat_at >= ?").param(since)
                .query(Integer.class).single();
    }

    /** A node that stops says so, so the others need not wait for its heartbeat to age. */
    @PreDestroy
    void leave() {
        jdbc.sql("DELETE FROM query_node WHERE node_id = ?").param(node.id()).update();
    }
}
