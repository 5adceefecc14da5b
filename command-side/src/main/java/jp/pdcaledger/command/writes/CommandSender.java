package jp.pdcaledger.command.writes;

import jp.pdcaledger.command.dispatch.AggregateCacheGuard;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.kernel.Texts;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.command.TouchesOtherSheet;
import jp.pdcaledger.kernel.command.SheetCommand;
import jp.pdcaledger.kernel.event.EventMetadata;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends the commands of one write with the metadata every event must carry: the actor and its roles, the server's
 * request id and, where given, the client's own (marked as the client's), the reason and the Idempotency-Key. Every
 * command of every entry point goes through here: the one place its texts are normalised ({@link Texts}), and where
 * the {@link AggregateCacheGuard} learns which sheets a write touches.
 */
public final class CommandSender {

    private final CommandGateway gateway;
    private final AggregateCacheGuard cacheGuard;
    private final SheetWriteScope scope;
    private final WriteRequest request;
    private final String importedFrom;

    CommandSender(CommandGateway gateway, AggregateCacheGuard cacheGuard, SheetWriteScope scope, WriteRequest request) {
        this(gateway, cacheGuard, scope, request, null);
    }

    private CommandSender(CommandGateway gateway, AggregateCacheGuard cacheGuard, SheetWriteScope scope,
                          WriteRequest request, String importedFrom) {
        this.gateway = gateway;
        this.cacheGuard = cacheGuard;
        this.scope = scope;
        this.request = request;
        this.importedFrom = importedFrom;
    }

    /**
     * The same sender for the commands of an import: their events also say which file they came from
     * ({@link EventMetadata#IMPORTED_FROM}), so that the history can tell an imported sheet from a typed one.
     */
    public CommandSender importedFrom(String file) {
        return new CommandSender(gateway, cacheGuard, scope, request, file);
    }

    /** A command to an existing sheet; answers the sheet's version after it. */
    public long send(SheetCommand command, String reason) {
        return this.<Long>dispatch(command, command.sheetId(), reason);
    }

    /** Registers a sheet; answers its id. */
    public SheetId register(RegisterSheet command) {
        return dispatch(command, command.sheetId(), null);
    }

    /** Refuses the write ({@link Refusal.Forbidden}) if the sheet is out of the actor's scope for {@code action}. */
    public void requireScope(SheetId sheetId, Action action) {
        if (!scope.permits(request.actor(), sheetId, action)) {
            throw new WriteRefused(new Refusal.Forbidden(sheetId.value()));
        }
    }

    private <R> R dispatch(Object rawCommand, SheetId sheetId, String rawReason) {
        cacheGuard.protect(sheetId.value());
        if (rawCommand instanceof TouchesOtherSheet both && both.otherSheet() != null) {
            cacheGuard.protect(both.otherSheet().value());
        }
        Object command = Texts.normalisedRecord(rawCommand);
        String reason = Texts.normalised(rawReason);
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR, request.actor().name());
        metadata.put(EventMetadata.ROLES, request.actor().roles());
        if (request.requestId() != null) {
            metadata.put(EventMetadata.REQUEST_ID, request.requestId());
        }
        if (request.clientRequestId() != null) {
            metadata.put(EventMetadata.CLIENT_REQUEST_ID, request.clientRequestId());
        }
        if (reason != null) {
            metadata.put(EventMetadata.REASON, reason);
        }
        if (request.idempotencyKey() != null) {
            metadata.put(EventMetadata.IDEMPOTENCY_KEY, request.idempotencyKey());
        }
        if (importedFrom != null) {
            metadata.put(EventMetadata.IMPORTED_FROM, importedFrom);
        }
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
    }
}
