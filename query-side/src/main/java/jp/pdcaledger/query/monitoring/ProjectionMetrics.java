package jp.pdcaledger.query.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jp.pdcaledger.query.projection.ProjectionCatalog;
import jp.pdcaledger.query.replay.Projections;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Per projection: {@code pdca.projection.events} counts the events this node has projected (committed), and
 * {@code pdca.projection.lag} says how many events of the store it has yet to project.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionMetrics {

    @Bean
    public ConfigurerModule projectionEventCounters(MeterRegistry registry, ProjectionCatalog catalog) {
        return configurer -> configurer.eventProcessing(processing -> catalog.names().forEach(name ->
                processing.registerHandlerInterceptor(name, configuration -> new Counting(Counter
                        .builder("pdca.projection.events").tag("processor", name)
                        .description("Events projected by this node").register(registry)))));
    }

    @Bean
    public MeterBinder projectionLagGauges(@Lazy Projections projections, ProjectionCatalog catalog) {
        return registry -> catalog.names().forEach(name -> Gauge
                .builder("pdca.projection.lag", () -> projections.processor(name).isPresent()
                        ? projections.progress(name).lag() : Double.NaN)
                .tag("processor", name).description("Events in the store not yet projected").register(registry));
    }

    /** Counts an event once its unit of work has committed, so a rolled-back batch is not counted. */
    private record Counting(Counter counter) implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            unitOfWork.afterCommit(committed -> counter.increment());
            return chain.proceed();
        }
    }
}
