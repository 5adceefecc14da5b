package jp.pdcaledger.query;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The read side as a unit the app switches on or off ({@code pdca.side.query.enabled}, on by default): the
 * projections and their processors, the query API, history, verification and rebuilds. A command-only node
 * leaves it off and projects nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan
public class QuerySideConfiguration {
}
