package jp.pdcaledger.query.web;

import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.query.sheetview.SheetViewRepository.StoredView;
import jp.pdcaledger.query.sheetview.SheetViewUpdates;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Readers waiting for a sheet's view to take a version ({@code ?minVersion=N} on the sheet, its export, its workbook,
 * its history and its page), without a request thread each: a wait is a {@link DeferredResult} that Spring MVC
 * answers when this class sets it, with what the waiter's {@link Answer} makes of the stored view. A waiter
 * wakes when this node's projection commits the sheet's view ({@link SheetViewUpdates}); one shared check every
 * {@code pdca.query.min-version-check} finds the views another query node wrote; at the end of its wait a waiter is
 * answered 503 with the version the view has. At most {@code pdca.query.min-version-max-waiters} wait at once: one
 * more is refused at once (503, Retry-After) rather than queued. The checks run on one thread of its own, so a
 * wake-up reads a sheet's view once for all its waiters and no projection thread reads for them; the answers are made
 * on two more (a workbook takes some 20 ms to write), so that many of them do not hold up the checks.
 */
@Component
public class VersionWaits implements DisposableBean, MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(VersionWaits.class);

    /** Past the wait, how long Spring MVC's own timeout leaves this class to answer before it answers itself. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final int ANSWERING_THREADS = 2;

    private final SheetViewRepository views;
    private final SheetViewUpdates updates;
    private final Duration wait;
    private final Semaphore places;
    private final int maxWaiters;
    private final Map<String, Set<Waiter<?>>> waiting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker;
    private final ExecutorService answering;

    public VersionWaits(SheetViewRepository views, SheetViewUpdates updates,
                        @Value("${pdca.query.min-version-timeout:5s}") Duration wait,
                        @Value("${pdca.query.min-version-max-waiters:500}") int maxWaiters,
                        @Value("${pdca.query.min-version-check:250ms}") Duration check) {
        this.views = views;
        this.updates = updates;
        this.wait = wait;
        this.maxWaiters = maxWaiters;
        this.places = new Semaphore(maxWaiters);
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sheet-version-waits");
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::checkAll, check.toMillis(), check.toMillis(), TimeUnit.MILLISECONDS);
        AtomicInteger answerers = new AtomicInteger();
        this.answering = Executors.newFixedThreadPool(ANSWERING_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "sheet-version-answers-" + answerers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * What a waiter is answered with, made of the sheet's stored view once the version it shows has come: by default
     * the view's own version; an answer that reads another model of the sheet (its history) says which it shows.
     */
    @FunctionalInterface
    public interface Answer<T> {

        T of(StoredView view);

        default long versionOf(StoredView view) {
            return view.version();
        }
    }

    /**
     * The answer at once when the sheet already shows {@code wanted}, otherwise after a wait ({@link #await}); a
     * sheet the reader may not see is 404 at once, as if it did not exist, and its version is never told.
     */
    public <T> DeferredResult<T> atLeast(String sheetId, long wanted, Optional<String> reader, Answer<T> answer) {
        Optional<StoredView> stored = views.findStored(sheetId);
        if (stored.isPresent() && !reader.map(stored.get().municipalityCode()::equals).orElse(true)) {
            throw ReadRefusal.notFound(sheetId);
        }
        if (stored.isPresent() && answer.versionOf(stored.get()) >= wanted) {
            DeferredResult<T> result = new DeferredResult<>();
            result.setResult(answer.of(stored.get()));
            return result;
        }
        return await(sheetId, wanted, reader, stored.isPresent(), answer);
    }

    /**
     * Waits for the sheet's view to take {@code wanted}. {@code reader} is the reader's scope (empty: nationwide);
     * {@code scopeChecked} says the caller has already found that the reader may see the sheet (it had a view, and a
     * sheet never changes municipality): otherwise the scope is checked when the view appears.
     */
    public DeferredResult<ResponseEntity<?>> await(String sheetId, long wanted, Optional<String> reader,
                                                   boolean scopeChecked) {
        return await(sheetId, wanted, reader, scopeChecked, stored -> SheetAnswers.view(views.read(stored)));
    }

    /** As {@link #await(String, long, Optional, boolean)}, answered with what {@code answer} makes of the view. */
    public <T> DeferredResult<T> await(String sheetId, long wanted, Optional<String> reader, boolean scopeChecked,
                                       Answer<T> answer) {
        if (!places.tryAcquire()) {
            throw ReadRefusal.tooManyWaiters(maxWaiters);
        }
        DeferredResult<T> result = new DeferredResult<>(wait.plus(GRACE).toMillis());
        Waiter<T> waiter = new Waiter<>(sheetId, wanted, reader, scopeChecked || reader.isEmpty(), answer, result);
        // watched before it can be answered, so that leave() always finds the watch to close
        waiter.watch = updates.watch(sheetId, () -> worker.execute(() -> check(sheetId)));
        waiting.computeIfAbsent(sheetId, id -> ConcurrentHashMap.newKeySet()).add(waiter);
        waiter.timeout = worker.schedule(() -> expire(waiter), wait.toNanos(), TimeUnit.NANOSECONDS);
        if (waiter.left.get()) {
            waiter.timeout.cancel(false);
        }
        // the client went away, or the servlet container gave up: let the place go
        result.onCompletion(waiter::leave);
        result.onError(error -> waiter.leave());
        result.onTimeout(() -> expire(waiter));
        // the view may have taken the version between the caller's read and the watch
        worker.execute(() -> check(sheetId));
        return result;
    }

    /** How many readers wait now. */
    public int waiting() {
        return maxWaiters - places.availablePermits();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pdca.query.version.waiters", this, VersionWaits::waiting)
                .description("Readers waiting for a sheet's view to take a version (minVersion)").register(registry);
    }

    private void checkAll() {
        try {
            Set<String> sheets = waiting.keySet();
            if (sheets.isEmpty()) {
                return;
            }
            Map<String, Long> versions = views.versionsOf(List.copyOf(sheets));
            versions.forEach((sheetId, version) -> {
                if (waiting.getOrDefault(sheetId, Set.of()).stream()
                        .anyMatch(waiter -> waiter.wanted <= version || !waiter.scopeChecked)) {
                    // reached, or a view appeared whose municipality a scoped reader has yet to be checked against
                    check(sheetId);
                }
            });
        } catch (RuntimeException failed) {
            // the database out of reach: the waiters are answered at the end of their wait all the same
            log.warn("Could not check the sheets waited for: {}", failed.toString());
        }
    }

    private void check(String sheetId) {
        Set<Waiter<?>> waiters = waiting.get(sheetId);
        if (waiters == null || waiters.isEmpty()) {
            return;
        }
        try {
            Optional<StoredView> stored = views.findStored(sheetId);
            if (stored.isEmpty()) {
                return;
            }
            for (Waiter<?> waiter : List.copyOf(waiters)) {
                if (!waiter.maySee(stored.get().municipalityCode())) {
                    waiter.refuse(ReadRefusal.notFound(sheetId));
                    continue;
                }
                waiter.scopeChecked = true;
                if (waiter.answer.versionOf(stored.get()) >= waiter.wanted) {
                    waiter.answer(stored.get());
                }
            }
        } catch (RuntimeException failed) {
            log.warn("Could not check sheet {} for its waiters: {}", sheetId, failed.toString());
        }
    }

    private void expire(Waiter<?> waiter) {
        if (waiter.left.get()) {
            return;
        }
        Optional<StoredView> stored;
        long version;
        try {
            stored = views.findStored(waiter.sheetId);
            version = stored.isPresent() ? waiter.answer.versionOf(stored.get()) : -1L;
        } catch (RuntimeException failed) {
            waiter.refuse(ReadRefusal.notCaughtUp(waiter.sheetId, waiter.wanted, null));
            return;
        }
        if (stored.isPresent() && !waiter.maySee(stored.get().municipalityCode())) {
            waiter.refuse(ReadRefusal.notFound(waiter.sheetId));
        } else if (version >= waiter.wanted) {
            waiter.answer(stored.get());
        } else {
            waiter.refuse(ReadRefusal.notCaughtUp(waiter.sheetId, waiter.wanted, version));
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
        answering.shutdownNow();
    }

    private final class Waiter<T> {

        final String sheetId;
        final long wanted;
        final Optional<String> reader;
        final Answer<T> answer;
        final DeferredResult<T> result;
        final AtomicBoolean left = new AtomicBoolean();
        /** The reader may see the sheet: known once it has a view, since a sheet never changes municipality. */
        volatile boolean scopeChecked;
        volatile SheetViewUpdates.Watch watch;
        volatile ScheduledFuture<?> timeout;

        Waiter(String sheetId, long wanted, Optional<String> reader, boolean scopeChecked, Answer<T> answer,
               DeferredResult<T> result) {
            this.sheetId = sheetId;
            this.wanted = wanted;
            this.reader = reader;
            this.scopeChecked = scopeChecked;
            this.answer = answer;
            this.result = result;
        }

        boolean maySee(String municipalityCode) {
            return reader.map(municipalityCode::equals).orElse(true);
        }

        void answer(StoredView view) {
            if (!leave()) {
                return;
            }
            try {
                answering.execute(() -> {
                    try {
                        result.setResult(answer.of(view));
                    } catch (RuntimeException failed) {
                        // answered as the same read without a wait would be: a problem, or the error page
                        result.setErrorResult(failed);
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                result.setErrorResult(ReadRefusal.notCaughtUp(sheetId, wanted, null));
            }
        }

        void refuse(ReadRefusal refusal) {
            if (leave()) {
                result.setErrorResult(refusal);
            }
        }

        /** Gives the place back, once; false if it was already given back. */
        boolean leave() {
            if (!left.compareAndSet(false, true)) {
                return false;
            }
            waiting.computeIfPresent(sheetId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
            if (watch != null) {
                watch.close();
            }
            if (timeout != null) {
                timeout.cancel(false);
            }
            places.release();
            return true;
        }
    }
}
