package jp.pdcaledger.query.scaling;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This node's name among the query nodes: the owner it writes on the segments it claims in the token store. Two
 * nodes must never share it (Axon would let both claim the same segment), so the default adds a random part to
 * the process name; {@code pdca.node-id} sets it.
 */
@Component
public class QueryNode {

    private final String id;

    public QueryNode(@Value("${pdca.node-id:}") String configured) {
        this.id = configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : configured;
    }

    public String id() {
        return id;
    }
}
