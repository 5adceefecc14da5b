package jp.pdcaledger.query.projection;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The views a processor's batch touches, kept for the length of the batch: each is read once, takes every event of
 * the batch that concerns it, and is written once when the batch commits (with the processor's token). A sheet's
 * events arrive together, so a batch of 50 events rewrites a handful of documents rather than fifty.
 * <p>
 * Between batches the views last committed stay in memory (bounded by count), so that a live write does not read
 * back and parse the document its previous write just stored. A batch takes a remembered view out while it works on
 * it and puts it back only once its transaction has committed: a rolled-back batch leaves nothing behind, and the
 * next one reads the stored document. A remembered view is used only for the event that directly follows it (its
 * version is the event's sequence number minus one); anything else (a segment that was processed on another node
 * meanwhile, a retried dead letter, a replay) reads the stored document as before.
 */
public final class BatchedViews<V> {

    private final String resourceKey;
    private final Function<String, Optional<V>> load;
    private final Consumer<V> save;
    private final ToLongFunction<V> version;
    private final Map<String, V> remembered;
    private final boolean remembering;

    public BatchedViews(String name, Function<String, Optional<V>> load, Consumer<V> save, ToLongFunction<V> version,
                        long rememberedViews) {
        this.resourceKey = BatchedViews.class.getName() + "." + name;
        this.load = load;
        this.save = save;
        this.version = version;
        this.remembered = Caffeine.newBuilder().maximumSize(rememberedViews).<String, V>build().asMap();
        this.remembering = rememberedViews > 0;
    }

    /**
     * The view of {@code id} as this batch has it so far, for the event of sequence number {@code sequence}: loaded
     * once (from memory if the view there is the one just before this event), or empty if it does not exist yet.
     */
    public Optional<V> find(String id, long sequence) {
        Batch batch = batch();
        Optional<V> inBatch = batch.views.get(id);
        if (inBatch != null) {
            return inBatch;
        }
        V kept = remembered.remove(id);
        Optional<V> view = kept != null && version.applyAsLong(kept) == sequence - 1 ? Optional.of(kept) : load.apply(id);
        batch.views.put(id, view);
        return view;
    }

    /** Marks the view changed: it is written when the batch commits. */
    public void changed(String id, V view) {
        Batch batch = batch();
        batch.views.put(id, Optional.of(view));
        batch.dirty.put(id, view);
    }

    /**
     * Says that an event of {@code id} failed in this batch (it goes to the dead-letter queue): the view may hold
     * part of it, so it is not remembered, and the event's retry starts from the stored document.
     */
    public void failed(String id) {
        batch().spoiled.add(id);
    }

    /** Forgets every remembered view: the projection's tables were emptied (a rebuild). */
    public void forget() {
        remembered.clear();
    }

    private Batch batch() {
        UnitOfWork<?> unit = CurrentUnitOfWork.get().root();
        return unit.getOrComputeResource(resourceKey, key -> {
            Batch batch = new Batch();
            unit.onPrepareCommit(committing -> batch.dirty.values().forEach(save));
            unit.afterCommit(committed -> batch.views.forEach((id, view) -> {
                if (remembering && !batch.spoiled.contains(id)) {
                    view.ifPresent(kept -> remembered.put(id, kept));
                }
            }));
            return batch;
        });
    }

    /** What one batch has read, changed, and failed on. */
    private final class Batch {
        final Map<String, Optional<V>> views = new LinkedHashMap<>();
        final Map<String, V> dirty = new LinkedHashMap<>();
        final Set<String> spoiled = new HashSet<>();
    }
}
