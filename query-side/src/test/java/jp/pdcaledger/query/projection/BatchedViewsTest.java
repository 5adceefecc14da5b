package jp.pdcaledger.query.projection;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view remembered between batches is used only when it is exactly the stored one: after a commit, for the event
 * that follows it; never after a rollback, a failed event, a gap in the sequence or a rebuild.
 */
class BatchedViewsTest {

    /** A stored view: its version and what was folded into it. */
    static final class View {
        long version;
        final List<String> folded = new ArrayList<>();

        View(long version) {
            this.version = version;
        }
    }

    private final Map<String, View> stored = new HashMap<>();
    private final List<String> loads = new ArrayList<>();
    private final BatchedViews<View> views = new BatchedViews<>("test",
            id -> {
                loads.add(id);
                View row = stored.get(id);
                return Optional.ofNullable(row).map(this::copy);
            },
            view -> stored.put("s", copy(view)), view -> view.version, 10);

    private View copy(View view) {
        View copy = new View(view.version);
        copy.folded.addAll(view.folded);
        return copy;
    }

    /** One batch, as a processor runs it: handlers in a unit of work that commits or rolls back. */
    private void batch(boolean commit, Consumer<BatchedViews<View>> handlers) {
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        handlers.accept(views);
        if (commit) {
            unit.commit();
        } else {
            unit.rollback();
        }
    }

    private void fold(BatchedViews<View> batch, long sequence) {
        View view = batch.find("s", sequence).orElseGet(() -> new View(-1));
        view.folded.add("event " + sequence);
        view.version = sequence;
        batch.changed("s", view);
    }

    @Test
    void theNextEventAfterACommitFoldsIntoTheViewInMemory() {
        batch(true, batch -> fold(batch, 0));
        batch(true, batch -> fold(batch, 1));

        assertThat(loads).containsExactly("s");
        assertThat(stored.get("s").folded).containsExactly("event 0", "event 1");
    }

    @Test
    void aRolledBackBatchLeavesNothingInMemory() {
        batch(true, batch -> fold(batch, 0));
        batch(false, batch -> fold(batch, 1));
        batch(true, batch -> fold(batch, 1));

        assertThat(loads).containsExactly("s", "s");
        assertThat(stored.get("s").folded).containsExactly("event 0", "event 1");
    }

    @Test
    void aViewAnEventFailedOnIsReadAgainFromTheStore() {
        batch(true, batch -> fold(batch, 0));
        batch(true, batch -> {
            View view = batch.find("s", 1).orElseThrow();
            view.folded.add("half of event 1");
            batch.failed("s");
        });
        batch(true, batch -> fold(batch, 1));

        assertThat(loads).containsExactly("s", "s");
        assertThat(stored.get("s").folded).containsExactly("event 0", "event 1");
    }

    @Test
    void aGapInTheSequenceReadsTheStore() {
        batch(true, batch -> fold(batch, 0));
        // event 1 was folded elsewhere (another node held the segment meanwhile)
        View elsewhere = copy(stored.get("s"));
        elsewhere.folded.add("event 1");
        elsewhere.version = 1;
        stored.put("s", elsewhere);

        batch(true, batch -> fold(batch, 2));

        assertThat(loads).containsExactly("s", "s");
        assertThat(stored.get("s").folded).containsExactly("event 0", "event 1", "event 2");
    }

    @Test
    void aRebuildForgetsWhatWasInMemory() {
        batch(true, batch -> fold(batch, 0));
        stored.clear();
        views.forget();

        batch(true, batch -> fold(batch, 0));

        assertThat(loads).containsExactly("s", "s");
        assertThat(stored.get("s").folded).containsExactly("event 0");
    }
}
