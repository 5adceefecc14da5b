package jp.pdcaledger.query.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The views a processor's batch touches, kept for the length of the batch: each is read once, takes every event of
 * the batch that concerns it, and is written once when the batch commits (with the processor's token). A sheet's
 * events arrive together, so a batch of 50 events rewrites a handful of documents rather than fifty.
 */
public final class BatchedViews<V> {

    private final String resourceKey;
    private final Function<String, Optional<V>> load;
    private final Consumer<V> save;

    public BatchedViews(String name, Function<String, Optional<V>> load, Consumer<V> save) {
        this.resourceKey = BatchedViews.class.getName() + "." + name;
        this.load = load;
        this.save = save;
    }

    /** The view of {@code id} as this batch has it so far: loaded once, or empty if it does not exist yet. */
    public Optional<V> find(String id) {
        Map<String, Optional<V>> views = views();
        return views.computeIfAbsent(id, load);
    }

    /** Marks the view changed: it is written when the batch commits. */
    public void changed(String id, V view) {
        views().put(id, Optional.of(view));
        dirty().put(id, view);
    }

    private Map<String, Optional<V>> views() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(resourceKey, key -> {
            batch.onPrepareCommit(committing -> dirty().values().forEach(save));
            return new LinkedHashMap<>();
        });
    }

    private Map<String, V> dirty() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(resourceKey + ".dirty", key -> new LinkedHashMap<>());
    }
}
