package jp.pdcaledger.query.web;

import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.query.sheetview.StoredViews;
import jp.pdcaledger.query.sheetview.SheetViewUpdates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waits for a version when the view is written by another query node: nothing tells this node, and its one
 * shared check finds the version all the same.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VersionWaitsTest {

    private static final String SHEET = "6f1c1f0e-3b4a-4c55-9a51-1d2f8e0a7b10";
    private static final String KITAKYUSHU = "401005";

    /** The sheet views as another node's projection leaves them in the shared database. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final SheetViewRepository views = new SheetViewRepository(null, new SheetViewUpdates(), null) {
        @Override
        public Optional<StoredView> findStored(String sheetId) {
            return Optional.ofNullable(versions.get(sheetId)).map(version ->
                    new StoredView(sheetId, StoredViews.SCHEMA_VERSION, "{\"version\":" + version + "}", KITAKYUSHU,
                            version));
        }

        @Override
        public SheetView read(StoredView stored) {
            SheetView view = new SheetView();
            view.version = stored.version();
            return view;
        }

        @Override
        public Map<String, Long> versionsOf(Collection<String> sheetIds) {
            return sheetIds.stream().filter(versions::containsKey)
                    .collect(Collectors.toMap(id -> id, versions::get));
        }
    };
    private VersionWaits waits;

    @AfterEach
    void stop() {
        waits.destroy();
    }

    @Test
    void a_view_another_node_wrote_is_found_by_the_shared_check_within_its_interval() throws Exception {
        waits = new VersionWaits(views, new SheetViewUpdates(), Duration.ofSeconds(20), 10, Duration.ofMillis(100));
        versions.put(SHEET, 1L);
        DeferredResult<ResponseEntity<?>> result = waits.await(SHEET, 2, Optional.of(KITAKYUSHU), true);
        Thread.sleep(300);
        assertThat(result.hasResult()).isFalse();

        versions.put(SHEET, 2L);

        ResponseEntity<?> answer = awaitResult(result);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(waits.waiting()).isZero();
    }

    @Test
    void a_view_that_appears_in_another_municipality_is_404_for_a_scoped_reader_and_never_its_version() throws Exception {
        waits = new VersionWaits(views, new SheetViewUpdates(), Duration.ofSeconds(20), 10, Duration.ofMillis(100));
        DeferredResult<ResponseEntity<?>> result = waits.await(SHEET, 5, Optional.of("281000"), false);

        versions.put(SHEET, 1L);

        Object refusal = awaitOutcome(result);
        assertThat(refusal).isInstanceOf(ReadRefusal.class);
        assertThat(((ReadRefusal) refusal).status().value()).isEqualTo(404);
        assertThat(((ReadRefusal) refusal).getMessage()).doesNotContain("版");
    }

    @Test
    void past_its_places_a_reader_is_refused_at_once_and_a_place_comes_back_when_a_waiter_is_answered()
            throws Exception {
        waits = new VersionWaits(views, new SheetViewUpdates(), Duration.ofSeconds(20), 2, Duration.ofMillis(100));
        versions.put(SHEET, 1L);
        DeferredResult<ResponseEntity<?>> first = waits.await(SHEET, 2, Optional.empty(), true);
        waits.await(SHEET, 3, Optional.empty(), true);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> waits.await(SHEET, 2, Optional.empty(), true))
                .isInstanceOfSatisfying(ReadRefusal.class, refusal -> {
                    assertThat(refusal.status().value()).isEqualTo(503);
                    assertThat(refusal.kind()).isEqualTo("too-many-waiters");
                });

        versions.put(SHEET, 2L);
        awaitResult(first);
        assertThat(waits.waiting()).isEqualTo(1);
    }

    private static ResponseEntity<?> awaitResult(DeferredResult<ResponseEntity<?>> result) throws InterruptedException {
        Object outcome = awaitOutcome(result);
        assertThat(outcome).isInstanceOf(ResponseEntity.class);
        return (ResponseEntity<?>) outcome;
    }

    private static Object awaitOutcome(DeferredResult<ResponseEntity<?>> result) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!result.hasResult() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(result.hasResult()).as("answered within 10 s").isTrue();
        return result.getResult();
    }
}
