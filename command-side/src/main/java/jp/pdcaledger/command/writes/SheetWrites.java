package jp.pdcaledger.command.writes;

import jp.pdcaledger.command.dispatch.AggregateCacheGuard;
import jp.pdcaledger.command.idempotency.IdempotencyRecords;
import jp.pdcaledger.command.idempotency.IdempotencyRecords.Remembered;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.command.StartNextPeriod;
import jp.pdcaledger.kernel.command.SheetCommand;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.List;
import java.util.function.Supplier;

/**
 * The write path, once for every entry point (the API, the import, the workbook upload, the pages): the
 * {@code Idempotency-Key} checked and a retry answered as the first request was, then in one transaction the unit of
 * work (parsing what it sends, the actor's scope, the commands) and the key's record, committed together or not at
 * all. Answers what was written, or why nothing was; how an answer looks over HTTP or on a page is the caller's.
 */
@Component
public class SheetWrites {

    private static final Logger log = LoggerFactory.getLogger(SheetWrites.class);
    private static final int MAX_KEY_LENGTH = 255;

    private final CommandGateway gateway;
    private final SheetWriteScope scope;
    private final IdempotencyRecords records;
    private final TransactionTemplate transactions;
    private final AggregateCacheGuard cacheGuard;

    public SheetWrites(CommandGateway gateway, SheetWriteScope scope, IdempotencyRecords records,
                       TransactionTemplate transactions, AggregateCacheGuard cacheGuard) {
        this.gateway = gateway;
        this.scope = scope;
        this.records = records;
        this.transactions = transactions;
        this.cacheGuard = cacheGuard;
    }

    /**
     * One command to an existing sheet, in the actor's scope for {@code action}; the scope is checked before the
     * command is built, so that a sheet out of scope is refused alike whatever the request says.
     */
    public Outcome<Written> send(WriteRequest request, SheetId sheetId, Action action,
                                 Supplier<? extends SheetCommand> command, String reason) {
        return write(request, sender -> {
            sender.requireScope(sheetId, action);
            return Written.updated(sheetId, sender.send(command.get(), reason));
        });
    }

    /** One command to an existing sheet, in the actor's scope for the kind of command it is. */
    public Outcome<Written> send(WriteRequest request, SheetId sheetId, Supplier<? extends SheetCommand> command,
                                 String reason) {
        return write(request, sender -> {
            SheetCommand built = command.get();
            sender.requireScope(sheetId, Action.of(built));
            return Written.updated(sheetId, sender.send(built, reason));
        });
    }

    /** A new sheet; who may register one is decided by role, before the write. */
    public Outcome<Written> register(WriteRequest request, Supplier<RegisterSheet> registration) {
        return write(request, sender -> Written.created(sender.register(registration.get()), 0));
    }

    /**
     * Rolls the sheet's period over, in the actor's scope for its definitions: the one write that answers a sheet
     * other than the one it names (the successor, created; its version is 1: registered, then derived).
     */
    public Outcome<Written> startNextPeriod(WriteRequest request, SheetId sheetId,
                                            Supplier<List<String>> planTitles, Long expectedVersion) {
        return write(request, sender -> {
            sender.requireScope(sheetId, Action.DEFINE);
            SheetId successor = SheetId.generate();
            sender.send(new StartNextPeriod(sheetId, successor, planTitles.get(), expectedVersion), null);
            return Written.created(successor, 1);
        });
    }

    /** Any unit of work: its commands are stored all or nothing, and a keyed retry answers as the first did. */
    public Outcome<Written> write(WriteRequest request, UnitOfWork<Written> work) {
        try {
            return new Outcome.Done<>(request.idempotencyKey() == null ? inTransaction(request, work, false)
                    : keyed(request, work));
        } catch (RuntimeException thrown) {
            return refused(thrown);
        }
    }

    /**
     * The unit of work sent through the workflow's rules as it would be, then rolled back: what it would answer, or
     * the refusal it would meet, with nothing stored and no key remembered.
     */
    public <T> Outcome<T> tryOut(WriteRequest request, UnitOfWork<T> work) {
        try {
            return new Outcome.Done<>(inTransaction(request.unkeyed(), work, true));
        } catch (RuntimeException thrown) {
            return refused(thrown);
        }
    }

    private static <T> Outcome<T> refused(RuntimeException thrown) {
        Refusal refusal = Refusals.of(thrown).orElseThrow(() -> thrown);
        log.info("Write refused ({}): {}", refusal.getClass().getSimpleName(), refusal.message());
        return new Outcome.Refused<>(refusal);
    }

    private <T> T inTransaction(WriteRequest request, UnitOfWork<T> work, boolean rollBack) {
        return transactions.execute(status -> {
            T answer = work.run(new CommandSender(gateway, cacheGuard, scope, request));
            if (rollBack) {
                status.setRollbackOnly();
            }
            return answer;
        });
    }

    private Written keyed(WriteRequest request, UnitOfWork<Written> work) {
        String key = request.idempotencyKey();
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new WriteRefused(Refusal.Invalid.of("Idempotency-Key",
                    "Idempotency-Key は1〜255文字の表示可能なASCII文字です"));
        }
        String actor = request.actor().name();
        Optional<Remembered> earlier = records.find(actor, key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), request);
        }
        try {
            return inTransaction(request, sender -> {
                Written written = work.run(sender);
                records.remember(actor, key, new Remembered(request.fingerprint(), written.sheetId(),
                        written.version(), written.created()));
                return written;
            }, false);
        } catch (DuplicateKeyException concurrentRetry) {
            // The same key raced in from another request; its transaction won, ours rolled back with its events.
            return records.find(actor, key).map(stored -> replay(stored, request)).orElseThrow(() -> concurrentRetry);
        }
    }

    private static Written replay(Remembered earlier, WriteRequest request) {
        if (!earlier.fingerprint().equals(request.fingerprint())) {
            throw new WriteRefused(new Refusal.KeyReused(request.idempotencyKey()));
        }
        return new Written(earlier.sheetId(), earlier.version(), earlier.created(), true);
    }
}
