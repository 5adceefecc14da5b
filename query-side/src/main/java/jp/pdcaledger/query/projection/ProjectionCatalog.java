package jp.pdcaledger.query.projection;

import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The projections this node runs, found rather than listed: every bean with a {@link ProcessingGroup} is one. A new
 * projection is rebuilt, lag-measured, parked and health-checked by being a bean, with no list to extend. Read from
 * the bean definitions, so that asking creates no projection (the Axon configuration asks before they exist).
 */
@Component
public class ProjectionCatalog {

    private final ListableBeanFactory beans;
    private volatile List<String> names;

    public ProjectionCatalog(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /** The processing groups' names, in the order their beans are defined. */
    public List<String> names() {
        List<String> known = names;
        if (known == null) {
            known = Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                    .map(bean -> Objects.requireNonNull(beans.findAnnotationOnBean(bean, ProcessingGroup.class)).value())
                    .distinct().toList();
            names = known;
        }
        return known;
    }

    public boolean contains(String name) {
        return names().contains(name);
    }
}
